namespace Safeguarding.Hub.Clients;

/// <summary>A client just registered, with its key: the only time the key is shown. Give it to the partner over a safe channel.</summary>
/// <param name="Client">The client as kept (with the hash of its secret).</param>
/// <param name="Key">The key the partner sends, <c>{id}.{secret}</c>, in <c>Authorization: ApiClient {key}</c>.</param>
public sealed record ApiClientRegistration(ApiClient Client, string Key)
{
    /// <summary>Returns the client, never the key.</summary>
    /// <returns>The client's id, name and board.</returns>
    public override string ToString() => Client.ToString();
}
