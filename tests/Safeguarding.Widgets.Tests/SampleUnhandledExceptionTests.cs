using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The sample's test host itself: a page that fails with an unhandled exception shows the reader
/// the error page, and the host then fails the test with that exception, not with a bare 500.
/// </summary>
public sealed class SampleUnhandledExceptionTests
{
    [Fact]
    public async Task A_page_that_throws_fails_its_test_host_with_the_exception_the_sample_logged()
    {
        var factory = new SampleIntranetFactory();
        var failing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton(DispatchProxy.Create<IBoardUserResolver, FailingResolver>()))));
        using (var client = failing.CreateClient())
        {
            // Every page's layout asks the resolver who is reading, the sign-in page's too.
            using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        var disposing = Assert.Throws<InvalidOperationException>(factory.Dispose);

        Assert.Contains("it logged 1:", disposing.Message, StringComparison.Ordinal);
        Assert.Contains(FailingResolver.Message, disposing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_whose_pages_all_answered_disposes_quietly()
    {
        var factory = new SampleIntranetFactory();
        using (var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid"))
        {
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        factory.Dispose();
    }

    /// <summary>A board user resolver whose every call fails, as one reading a broken directory might.</summary>
    public class FailingResolver : DispatchProxy
    {
        /// <summary>The failure's message, looked for in what the host reports.</summary>
        internal const string Message = "The board user resolver failed (a test's stand-in).";

        /// <inheritdoc />
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException(Message);
    }
}
