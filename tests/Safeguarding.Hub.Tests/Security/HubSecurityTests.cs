using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Security;

/// <summary>The hub's security headers, rate limit and start-up checks.</summary>
public sealed class HubSecurityTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Theory]
    [InlineData("/api/boards")]
    [InlineData($"/api/boards/{HubHost.Herefordshire}/plans")]
    [InlineData("/api/boards/no-such-board/plans")]
    public async Task Every_API_answer_carries_the_security_headers(string path)
    {
        using var client = hub.Host.ClientWithKey("council");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(Safeguarding.Hub.Security.HubSecurityHeaders.ApiContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Past_the_limit_a_client_is_answered_429_with_when_to_try_again_and_others_are_not()
    {
        await using var limited = await HubHost.StartAsync(options => options.RequestsPerMinute = 3);
        using var council = limited.ClientWithKey("council");
        using var hscb = limited.ClientWithKey("hscb");
        var path = new Uri($"/api/boards/{HubHost.Herefordshire}/plans", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await council.GetAsync(path);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
                Assert.Equal("Too many requests.", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
            }
        }
        using var other = await hscb.GetAsync(path);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("https://intranet.example.org; script-src *", "FrameAncestors")]
    [InlineData("intranet.example.org", "FrameAncestors")]
    [InlineData(null, "HostBoard")]
    public async Task A_mistake_in_the_options_stops_the_hub_saying_where(string? origin, string setting)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HubHost.StartAsync(options =>
        {
            if (origin is null)
            {
                options.HostBoard = "nowhere";
            }
            else
            {
                options.FrameAncestors.Add(origin);
            }
        }));

        Assert.Contains($"SafeguardingHub:{setting}", error.Message, StringComparison.Ordinal);
    }
}
