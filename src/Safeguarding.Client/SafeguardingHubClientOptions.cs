namespace Safeguarding.Client;

/// <summary>Where the board hub is and how this intranet signs in to it, set with <c>services.AddSafeguardingHubClient(options =&gt; …)</c>.</summary>
public sealed class SafeguardingHubClientOptions
{
    /// <summary>Gets or sets the hub's address, such as <c>https://hub.herefordshirescb.example</c>. Required.</summary>
    public Uri? HubAddress { get; set; }

    /// <summary>Gets or sets the id of the board whose plans this intranet shows, such as "herefordshire". Required.</summary>
    public string Board { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets this intranet's API client key, <c>{id}.{secret}</c>, from the board's business unit.
    /// Keep it in your secrets store, never in source control. Required.
    /// </summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the path of the hub's API. The default is "/api".</summary>
    public string ApiPath { get; set; } = "/api";

    /// <summary>
    /// Gets or sets how long a plan read from the hub is used without asking again. After it, the
    /// hub is asked with the plan's ETag and answers "not modified" (no body) when nothing changed.
    /// Recording progress through this intranet forgets the plan at once. The default is 10 seconds.
    /// </summary>
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long one call to the hub may take, retries included, before the widgets say the hub cannot be reached. The default is 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
