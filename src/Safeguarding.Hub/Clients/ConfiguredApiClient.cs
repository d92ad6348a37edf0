using Safeguarding.Domain.Access;

namespace Safeguarding.Hub.Clients;

/// <summary>An API client set in configuration (<c>SafeguardingHub:Clients</c>): its secret only as a hash.</summary>
public sealed class ConfiguredApiClient
{
    /// <summary>Gets or sets the client's id, the part of its key before the dot.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the id of the board it acts for.</summary>
    public string Board { get; set; } = string.Empty;

    /// <summary>Gets or sets the agency it acts for, as the board's plans name it; <c>null</c> for a business unit client.</summary>
    public string? Agency { get; set; }

    /// <summary>Gets or sets the role it acts in. The default is <see cref="BoardRole.AgencyLead"/>.</summary>
    public BoardRole Role { get; set; } = BoardRole.AgencyLead;

    /// <summary>Gets or sets the name shown for it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the SHA-256 hash of its secret, lower-case hex (<see cref="ApiClientKey.Hash"/>).</summary>
    public string SecretHash { get; set; } = string.Empty;

    internal ApiClient ToClient() => new()
    {
        Id = Id,
        Board = Board,
        Agency = Agency,
        Role = Role,
        Name = Name,
        SecretHash = SecretHash,
        RegisteredAt = Instant.MinValue,
    };
}
