using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SampleIntranet.Identity;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// A sign-in ends when the user's security stamp changes (a password reset, a role removed), checked
/// at Identity's interval; between checks a request does not build Identity's user store.
/// </summary>
public class SecurityStampCheckTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void A_sign_in_is_checked_once_identitys_interval_has_passed(int minutesLater, bool due)
    {
        var time = new FixedTime(Issued.AddMinutes(minutesLater));

        Assert.Equal(due, SecurityStampCheck.IsDue(Issued, new SecurityStampValidatorOptions { ValidationInterval = TimeSpan.FromMinutes(30) }, time));
    }

    [Fact]
    public void A_sign_in_without_an_issue_time_is_always_checked() =>
        Assert.True(SecurityStampCheck.IsDue(null, new SecurityStampValidatorOptions(), new FixedTime(Issued)));

    [Theory]
    [InlineData(0, HttpStatusCode.Redirect)]
    [InlineData(30, HttpStatusCode.OK)]
    public async Task A_changed_security_stamp_ends_the_sign_in_once_a_check_is_due(int intervalMinutes, HttpStatusCode afterChange)
    {
        using var sample = new SampleIntranetFactory();
        using var factory = sample.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(intervalMinutes))));
        using var client = await SampleIntranetFactory.CreateSignedInClientAsync(factory, "council.lead@sample.invalid");
        using (var before = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByEmailAsync("council.lead@sample.invalid");
            Assert.True((await users.UpdateSecurityStampAsync(user!)).Succeeded);
        }
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));

        // With the check due on every request the sign-in ends at once; within the interval it stands until the next check.
        Assert.Equal(afterChange, after.StatusCode);
        if (afterChange == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/sign-in", after.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
