namespace Safeguarding.Hub.Clients;

/// <summary>An API client as a row: instants as Unix milliseconds, the role by name.</summary>
internal sealed class ApiClientRecord
{
    public string Id { get; set; } = string.Empty;

    public string Board { get; set; } = string.Empty;

    public string? Agency { get; set; }

    public string Role { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string SecretHash { get; set; } = string.Empty;

    public long RegisteredAtUnixMilliseconds { get; set; }

    public long? RevokedAtUnixMilliseconds { get; set; }

    internal static ApiClientRecord From(ApiClient client) => new()
    {
        Id = client.Id,
        Board = client.Board,
        Agency = client.Agency,
        Role = client.Role.ToString(),
        Name = client.Name,
        SecretHash = client.SecretHash,
        RegisteredAtUnixMilliseconds = client.RegisteredAt.ToUnixTimeMilliseconds(),
        RevokedAtUnixMilliseconds = client.RevokedAt?.ToUnixTimeMilliseconds(),
    };

    internal ApiClient ToClient() => new()
    {
        Id = Id,
        Board = Board,
        Agency = Agency,
        Role = Enum.Parse<Safeguarding.Domain.Access.BoardRole>(Role),
        Name = Name,
        SecretHash = SecretHash,
        RegisteredAt = Instant.FromUnixTimeMilliseconds(RegisteredAtUnixMilliseconds),
        RevokedAt = RevokedAtUnixMilliseconds is { } revoked ? Instant.FromUnixTimeMilliseconds(revoked) : null,
    };
}
