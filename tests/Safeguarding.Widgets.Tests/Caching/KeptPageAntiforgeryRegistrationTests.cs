using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Widgets.Tests.Caching;

/// <summary>
/// <c>AddSafeguardingWidgets</c> wraps the host's antiforgery once, whether MVC is added before or
/// after it, and the wrapped antiforgery issues and checks tokens as ASP.NET Core's own does.
/// </summary>
public class KeptPageAntiforgeryRegistrationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_widgets_wrap_antiforgery_once_whatever_the_order_and_its_tokens_still_pass_and_fail_as_before(bool mvcFirst)
    {
        var services = new ServiceCollection().AddLogging();
        if (mvcFirst)
        {
            services.AddControllersWithViews();
        }
        services.AddSafeguardingWidgets();
        services.AddSafeguardingWidgets();
        if (!mvcFirst)
        {
            services.AddControllersWithViews();
        }
        await using var provider = services.BuildServiceProvider();

        Assert.Single(services, service => service.ServiceType == typeof(IAntiforgery));
        var antiforgery = provider.GetRequiredService<IAntiforgery>();
        Assert.Equal("KeptPageAntiforgery", antiforgery.GetType().Name);

        // A page's tokens: the cookie it sets, and the form's token, posted back.
        var page = new DefaultHttpContext { RequestServices = provider };
        var tokens = antiforgery.GetAndStoreTokens(page);
        var cookie = page.Response.Headers.SetCookie.ToString().Split(';')[0];
        Assert.NotNull(tokens.CookieToken);
        Assert.True(await antiforgery.IsRequestValidAsync(Post(provider, cookie, tokens.FormFieldName, tokens.RequestToken!)));
        Assert.False(await antiforgery.IsRequestValidAsync(Post(provider, cookie, tokens.FormFieldName, "forged")));
    }

    private static DefaultHttpContext Post(IServiceProvider provider, string cookie, string field, string token)
    {
        var post = new DefaultHttpContext { RequestServices = provider };
        post.Request.Method = HttpMethods.Post;
        post.Request.Headers.Cookie = cookie;
        post.Request.ContentType = "application/x-www-form-urlencoded";
        post.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(field)}={Uri.EscapeDataString(token)}"));
        return post;
    }
}
