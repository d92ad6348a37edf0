using Safeguarding.Domain.Access;

namespace Safeguarding.Hub.Clients;

/// <summary>
/// A partner's registered API client: a partner intranet (or any program of theirs) that calls the
/// hub as its agency, for one board. Its secret is kept only as a hash; revoking it stops it at once.
/// </summary>
public sealed record ApiClient
{
    /// <summary>Gets the client's id: the part of its key before the dot, safe to show and log.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the board it acts for (<see cref="Boards.HubBoard.Id"/>).</summary>
    public required string Board { get; init; }

    /// <summary>Gets the agency it acts for, as the board's plans name it or its short name; <c>null</c> for a business unit client.</summary>
    public string? Agency { get; init; }

    /// <summary>Gets the role it acts in: <see cref="BoardRole.AgencyLead"/> (records on its agency's actions only) or <see cref="BoardRole.BusinessUnit"/>.</summary>
    public required BoardRole Role { get; init; }

    /// <summary>Gets the name shown for it, such as "Wye Valley NHS Trust intranet".</summary>
    public required string Name { get; init; }

    /// <summary>Gets the SHA-256 hash of its secret, as lower-case hex. The secret itself is never kept.</summary>
    public required string SecretHash { get; init; }

    /// <summary>Gets when it was registered.</summary>
    public required Instant RegisteredAt { get; init; }

    /// <summary>Gets when it was revoked, or <c>null</c> while it may call the hub.</summary>
    public Instant? RevokedAt { get; init; }

    /// <summary>Gets a value indicating whether it has been revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Returns the id, name and board, never the hash.</summary>
    /// <returns>Such as "c3f9a0b1c2d3e4f5 (Wye Valley NHS Trust intranet, herefordshire)".</returns>
    public override string ToString() => $"{Id} ({Name}, {Board})";
}
