using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Safeguarding.Domain.Access;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Boards;

/// <summary>Two boards in one hub: Herefordshire's clients and people can neither read nor write West Berkshire's data, nor the other way round.</summary>
public sealed class BoardIsolationTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string WestBerkshirePlan = $"/api/boards/{HubHost.WestBerkshire}/plans/{HubHost.WestBerkshirePlan}";

    public static TheoryData<string> HerefordshireCallers() => new()
    {
        "client:council", "client:business-unit", "token:BusinessUnit", "token:BoardMember",
    };

    [Theory]
    [MemberData(nameof(HerefordshireCallers))]
    public async Task Herefordshire_cannot_read_West_Berkshires_plans(string caller)
    {
        using var client = Callers.For(hub.Host, caller);

        foreach (var path in new[] { $"/api/boards/{HubHost.WestBerkshire}/plans", WestBerkshirePlan, $"{WestBerkshirePlan}/file", $"{WestBerkshirePlan}/actions", $"{WestBerkshirePlan}/exception-report", $"{WestBerkshirePlan}/papers/exception-report.docx" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} as {caller}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(HerefordshireCallers))]
    public async Task Herefordshire_cannot_reach_West_Berkshires_plan_through_its_own_board(string caller)
    {
        using var client = Callers.For(hub.Host, caller);

        using var read = await client.GetAsync(new Uri($"/api/boards/{HubHost.Herefordshire}/plans/{HubHost.WestBerkshirePlan}", UriKind.Relative));
        using var list = await client.GetAsync(new Uri($"/api/boards/{HubHost.Herefordshire}/plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain(HubHost.WestBerkshirePlan, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Herefordshires_business_unit_cannot_write_to_West_Berkshires_plan()
    {
        var action = (await hub.Host.Repository.GetAsync(HubHost.WestBerkshirePlan))!.Actions.First();
        foreach (var caller in new[] { "client:business-unit", "token:BusinessUnit" })
        {
            using var client = Callers.For(hub.Host, caller);
            foreach (var board in new[] { HubHost.WestBerkshire, HubHost.Herefordshire })
            {
                using var response = await client.PostAsJsonAsync(new Uri($"/api/boards/{board}/plans/{HubHost.WestBerkshirePlan}/actions/{action.Ref}/progress", UriKind.Relative), new
                {
                    expectedVersion = action.Version,
                    asAt = "2014-11-30",
                    statement = "Written from another board.",
                });
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{caller} writing through board {board}: {(int)response.StatusCode}");
            }
        }
        Assert.Equal(action.Version, (await hub.Host.Repository.GetAsync(HubHost.WestBerkshirePlan))!.FindAction(action.Ref)!.Version);
    }

    [Fact]
    public async Task West_Berkshires_client_reads_its_own_plan_and_not_Herefordshires()
    {
        using var client = hub.Host.ClientWithKey("west-berkshire");

        using var own = await client.GetAsync(new Uri(WestBerkshirePlan, UriKind.Relative));
        using var other = await client.GetAsync(new Uri($"/api/boards/{HubHost.Herefordshire}/plans/{HubHost.HerefordshirePlan}", UriKind.Relative));
        var boards = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/boards", UriKind.Relative)))!.AsArray();

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HubHost.WestBerkshire, Assert.Single(boards)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_from_Herefordshires_identity_provider_claiming_West_Berkshire_still_acts_for_Herefordshire()
    {
        using var client = hub.Host.ClientWithToken(HubHost.Token(HubHost.HerefordshireIssuer, BoardRole.BusinessUnit, board: HubHost.WestBerkshire));

        using var response = await client.GetAsync(new Uri(WestBerkshirePlan, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_provider_acts_only_for_the_board_it_claims()
    {
        using var client = hub.Host.ClientWithToken(HubHost.Token(HubHost.PartnerIssuer, BoardRole.BoardMember, board: HubHost.WestBerkshire));

        using var own = await client.GetAsync(new Uri(WestBerkshirePlan, UriKind.Relative));
        using var other = await client.GetAsync(new Uri($"/api/boards/{HubHost.Herefordshire}/plans/{HubHost.HerefordshirePlan}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_provider_with_no_board_claim_acts_for_no_board()
    {
        using var client = hub.Host.ClientWithToken(HubHost.Token(HubHost.PartnerIssuer, BoardRole.BusinessUnit));

        using var response = await client.GetAsync(new Uri($"/api/boards/{HubHost.Herefordshire}/plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_host_intranets_own_people_cannot_embed_West_Berkshires_plan()
    {
        using var client = hub.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", "BusinessUnit");

        using var asHerefordshire = await client.GetAsync(new Uri($"/embed/rag-summary?board={HubHost.Herefordshire}&plan={HubHost.WestBerkshirePlan}", UriKind.Relative));
        using var asWestBerkshire = await client.GetAsync(new Uri($"/embed/rag-summary?board={HubHost.WestBerkshire}&plan={HubHost.WestBerkshirePlan}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asHerefordshire.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asWestBerkshire.StatusCode);
        Assert.DoesNotContain("data-sg-widget=\"rag-summary\"", await asWestBerkshire.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
