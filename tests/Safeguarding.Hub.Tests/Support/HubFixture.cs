namespace Safeguarding.Hub.Tests.Support;

/// <summary>One hub shared by a test class's tests.</summary>
public sealed class HubFixture : IAsyncLifetime
{
    internal HubHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await HubHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
