using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Safeguarding.Hub.Boards;

/// <summary>
/// Checks the hub's options at start-up, so a mistake stops the hub saying what to put right rather
/// than opening a board to the wrong people: at least one board, ids well formed and distinct, every
/// board named, the host board one of them, and every framing origin a plain origin (nothing that
/// could add a directive to the content security policy).
/// </summary>
internal sealed partial class HubOptionsValidation : IValidateOptions<SafeguardingHubOptions>
{
    public ValidateOptionsResult Validate(string? name, SafeguardingHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Boards.Count == 0)
        {
            problems.Add("Expected at least one board in SafeguardingHub:Boards (an id such as \"herefordshire\" and the name its plan files give it), but found none.");
        }
        foreach (var (board, index) in options.Boards.Select((board, index) => (board, index)))
        {
            if (!BoardId().IsMatch(board.Id ?? string.Empty))
            {
                problems.Add($"SafeguardingHub:Boards:{index}:Id: expected lower-case letters, digits and hyphens, such as \"herefordshire\", but found \"{board.Id}\".");
            }
            if (string.IsNullOrWhiteSpace(board.Name))
            {
                problems.Add($"SafeguardingHub:Boards:{index}:Name: expected the board's name as its plan files give it (board.name), but it is blank.");
            }
            problems.AddRange(board.FrameAncestors.Where(origin => !IsOrigin(origin))
                .Select(origin => $"SafeguardingHub:Boards:{index}:FrameAncestors: expected an origin such as https://intranet.example.org or https://*.sharepoint.com, but found \"{origin}\"."));
        }
        problems.AddRange(options.Boards.GroupBy(board => board.Id, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1)
            .Select(group => $"SafeguardingHub:Boards: expected each board id once, but \"{group.Key}\" is there {group.Count()} times."));
        problems.AddRange(options.Boards.GroupBy(board => board.Name?.Trim(), StringComparer.OrdinalIgnoreCase).Where(group => group.Key is { Length: > 0 } && group.Count() > 1)
            .Select(group => $"SafeguardingHub:Boards: expected each board name once (a plan belongs to the board of its name), but \"{group.Key}\" is there {group.Count()} times."));
        if (options.HostBoard is not null && options.FindBoard(options.HostBoard) is null)
        {
            problems.Add($"SafeguardingHub:HostBoard: expected the id of one of the boards, but found \"{options.HostBoard}\".");
        }
        problems.AddRange(options.FrameAncestors.Where(origin => !IsOrigin(origin))
            .Select(origin => $"SafeguardingHub:FrameAncestors: expected an origin such as https://intranet.example.org, but found \"{origin}\"."));
        foreach (var (client, index) in options.Clients.Select((client, index) => (client, index)))
        {
            if (string.IsNullOrWhiteSpace(client.Id) || client.Id.Contains('.', StringComparison.Ordinal) || options.FindBoard(client.Board) is null
                || !SecretHash().IsMatch(client.SecretHash ?? string.Empty) || string.IsNullOrWhiteSpace(client.Name)
                || (client.Role == Safeguarding.Domain.Access.BoardRole.AgencyLead && string.IsNullOrWhiteSpace(client.Agency))
                || client.Role is not (Safeguarding.Domain.Access.BoardRole.AgencyLead or Safeguarding.Domain.Access.BoardRole.BusinessUnit))
            {
                problems.Add($"SafeguardingHub:Clients:{index}: expected an Id (no dot), the id of one of the boards, a Name, an Agency for an agency lead, the Role AgencyLead or BusinessUnit, and the SHA-256 hash of its secret as 64 lower-case hex digits.");
            }
        }
        if (options.RequestsPerMinute < 1)
        {
            problems.Add($"SafeguardingHub:RequestsPerMinute: expected 1 or more, but found {options.RequestsPerMinute}.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Tells whether a text is an origin CSP can name: a scheme, a host (or <c>*.</c> and a host) and an optional port, nothing else.</summary>
    internal static bool IsOrigin(string? origin) => origin is not null && Origin().IsMatch(origin);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex SecretHash();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex BoardId();

    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$")]
    private static partial Regex Origin();
}
