using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;

namespace Safeguarding.Hub.Clients;

/// <summary>Registers and revokes the hub's API clients, checking what is asked before anything is stored.</summary>
/// <param name="store">Where clients are kept.</param>
/// <param name="clock">The clock registrations and revocations are dated by.</param>
/// <param name="options">The hub's options (the boards).</param>
public sealed class ApiClientRegistry(IApiClientStore store, IClock clock, IOptions<SafeguardingHubOptions> options)
{
    /// <summary>Registers a client for one board, acting for an agency (or for the business unit).</summary>
    /// <param name="board">The board's id.</param>
    /// <param name="name">The name shown for the client, such as "Wye Valley NHS Trust intranet".</param>
    /// <param name="agency">The agency it acts for, as the board's plans name it; <c>null</c> only for a business unit client.</param>
    /// <param name="role"><see cref="BoardRole.AgencyLead"/> (the default) or <see cref="BoardRole.BusinessUnit"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client and its key, shown this once.</returns>
    /// <exception cref="ArgumentException">The board is not one of the hub's, the name is blank, the role is not one a client may have, or an agency client names no agency; nothing is stored.</exception>
    public async Task<ApiClientRegistration> RegisterAsync(string board, string name, string? agency, BoardRole role = BoardRole.AgencyLead, CancellationToken cancellationToken = default)
    {
        var hubBoard = options.Value.FindBoard(board)
            ?? throw new ArgumentException($"Expected the id of one of the hub's boards ({string.Join(", ", options.Value.Boards.Select(known => $"\"{known.Id}\""))}), but found \"{board}\".", nameof(board));
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("Expected a name for the API client, such as \"Wye Valley NHS Trust intranet\", but it is blank.", nameof(name));
        }
        if (role is not (BoardRole.AgencyLead or BoardRole.BusinessUnit))
        {
            throw new ArgumentException($"Expected an API client to act as an agency lead or the business unit, but found {role}.", nameof(role));
        }
        if (role == BoardRole.AgencyLead && string.IsNullOrWhiteSpace(agency))
        {
            throw new ArgumentException("Expected the agency an agency client acts for, as the board's plans name it (such as \"Wye Valley NHS Trust\"), but it is blank.", nameof(agency));
        }
        var (id, secret, hash) = ApiClientKey.Create();
        var client = new ApiClient
        {
            Id = id,
            Board = hubBoard.Id,
            Agency = role == BoardRole.BusinessUnit ? null : agency!.Trim(),
            Role = role,
            Name = name.Trim(),
            SecretHash = hash,
            RegisteredAt = clock.GetCurrentInstant(),
        };
        await store.AddAsync(client, cancellationToken).ConfigureAwait(false);
        return new ApiClientRegistration(client, $"{id}.{secret}");
    }

    /// <summary>Revokes a client: its key is refused from the next request on.</summary>
    /// <param name="id">The client's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when it was revoked now; <c>false</c> when there is no such client or it was revoked already.</returns>
    public Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default) =>
        store.RevokeAsync(id ?? throw new ArgumentNullException(nameof(id)), clock.GetCurrentInstant(), cancellationToken);
}
