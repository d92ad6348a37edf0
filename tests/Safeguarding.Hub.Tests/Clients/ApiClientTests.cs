using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Hub.Clients;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Clients;

/// <summary>API clients: secrets kept only as hashes, a wrong or revoked key refused, registration checked before anything is stored, and the Entity Framework store keeping the same.</summary>
public sealed class ApiClientTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Plans = $"/api/boards/{HubHost.Herefordshire}/plans";

    [Fact]
    public async Task The_store_keeps_a_hash_never_the_secret()
    {
        var key = hub.Host.Keys["council"];
        Assert.True(ApiClientKey.TrySplit(key, out var id, out var secret));

        var kept = await hub.Host.Services.GetRequiredService<IApiClientStore>().FindAsync(id);

        Assert.NotNull(kept);
        Assert.DoesNotContain(secret, kept.SecretHash, StringComparison.Ordinal);
        Assert.Equal(ApiClientKey.Hash(secret), kept.SecretHash);
        Assert.DoesNotContain(secret, kept.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("wrong-secret")]
    [InlineData("unknown-id")]
    [InlineData("no-dot")]
    public async Task A_key_that_is_revoked_wrong_or_unknown_is_refused_in_the_same_words(string which)
    {
        var council = hub.Host.Keys["council"];
        var key = which switch
        {
            "revoked" => hub.Host.Keys["revoked"],
            "wrong-secret" => council[..(council.IndexOf('.', StringComparison.Ordinal) + 1)] + "not-the-secret",
            "unknown-id" => "c0000000000000000." + council[(council.IndexOf('.', StringComparison.Ordinal) + 1)..],
            _ => "nodot",
        };
        using var client = hub.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(ApiClientKey.HeaderScheme, key);

        using var response = await client.GetAsync(new Uri(Plans, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown, wrong or revoked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ApiClientKey.HeaderScheme, response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Revoking_a_client_refuses_its_next_request()
    {
        using var scope = hub.Host.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
        var registration = await registry.RegisterAsync(HubHost.Herefordshire, "Short-lived intranet", "Herefordshire Council");
        using var client = hub.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(ApiClientKey.HeaderScheme, registration.Key);
        using var before = await client.GetAsync(new Uri(Plans, UriKind.Relative));

        Assert.True(await registry.RevokeAsync(registration.Client.Id));
        using var after = await client.GetAsync(new Uri(Plans, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.False(await registry.RevokeAsync(registration.Client.Id));
    }

    [Theory]
    [InlineData("no-such-board", "Intranet", "Herefordshire Council", BoardRole.AgencyLead, "board")]
    [InlineData(HubHost.Herefordshire, " ", "Herefordshire Council", BoardRole.AgencyLead, "name")]
    [InlineData(HubHost.Herefordshire, "Intranet", null, BoardRole.AgencyLead, "agency")]
    [InlineData(HubHost.Herefordshire, "Intranet", "Herefordshire Council", BoardRole.Lado, "role")]
    public async Task A_registration_with_a_mistake_is_refused_and_nothing_is_stored(string board, string name, string? agency, BoardRole role, string parameter)
    {
        var store = new InMemoryApiClientStore();
        var registry = new ApiClientRegistry(store, new FakeClock(HubHost.Now), hub.Host.Services.GetRequiredService<IOptions<SafeguardingHubOptions>>());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => registry.RegisterAsync(board, name, agency, role));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(await store.ListAsync(HubHost.Herefordshire));
    }

    [Fact]
    public async Task The_Entity_Framework_store_creates_its_table_keeps_clients_and_revokes_them_once()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ApiClientDbContext>().UseSqlite(connection).Options;
        // Another table already in the database (the plans', the host's sign-in): the store adds its own beside it.
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE \"Plans\" (\"Key\" TEXT PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }
        await using var context = new ApiClientDbContext(options);
        var store = new EntityFrameworkApiClientStore(context);
        var registry = new ApiClientRegistry(store, new FakeClock(HubHost.Now), hub.Host.Services.GetRequiredService<IOptions<SafeguardingHubOptions>>());

        Assert.True(await store.EnsureTableAsync());
        Assert.False(await store.EnsureTableAsync());
        var registration = await registry.RegisterAsync(HubHost.Herefordshire, "Wye Valley NHS Trust intranet", "Wye Valley NHS Trust");
        await using var reading = new ApiClientDbContext(options);
        var kept = await new EntityFrameworkApiClientStore(reading).FindAsync(registration.Client.Id);

        Assert.Equal(registration.Client, kept);
        Assert.True(await registry.RevokeAsync(registration.Client.Id));
        Assert.False(await registry.RevokeAsync(registration.Client.Id));
        Assert.Equal(HubHost.Now, (await store.FindAsync(registration.Client.Id))!.RevokedAt);
        Assert.Equal([registration.Client.Id], (await store.ListAsync(HubHost.Herefordshire)).Select(client => client.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(registration.Client));
    }

    [Fact]
    public void A_key_is_an_id_and_256_random_bits()
    {
        var (id, secret, hash) = ApiClientKey.Create();
        var (otherId, otherSecret, _) = ApiClientKey.Create();

        Assert.NotEqual(id, otherId);
        Assert.NotEqual(secret, otherSecret);
        Assert.Equal(43, secret.Length);
        Assert.True(ApiClientKey.Matches(secret, hash));
        Assert.False(ApiClientKey.Matches(otherSecret, hash));
    }
}
