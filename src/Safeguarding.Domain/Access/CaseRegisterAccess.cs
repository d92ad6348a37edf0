namespace Safeguarding.Domain.Access;

/// <summary>What the registers share: the permission check that refuses in words, and the log entries of what was shown or written.</summary>
internal static class CaseRegisterAccess
{
    /// <summary>Refuses unless the permission matrix allows the activity.</summary>
    /// <exception cref="UnauthorizedAccessException">The user may not; the message says who may.</exception>
    internal static BoardUser Demand(BoardUser? user, BoardActivity activity, string whoMay)
    {
        if (!BoardPermissions.Allows(user, activity))
        {
            throw new UnauthorizedAccessException(user is null ? $"Sign in first: {whoMay}" : $"{user.PrimaryRole} may not do this: {whoMay}");
        }
        return user!;
    }

    /// <summary>Logs what a user was shown or wrote, one entry per case, before it is returned.</summary>
    internal static async Task LogAsync(ICaseAccessLog log, CaseRegister register, CaseAccessKind kind, BoardUser user, BoardActivity activity, Instant at,
        IEnumerable<CaseReference> references, CancellationToken cancellationToken)
    {
        // The role recorded is the one that gave the permission, for a user with several roles.
        var role = user.Roles.First(candidate => BoardPermissions.Allows(new BoardUser(user.UserId, user.DisplayName, [candidate]), activity));
        var entries = references.Distinct().Select(reference => new CaseAccess(register, reference, kind, user.UserId, role, at)).ToList();
        if (entries.Count > 0)
        {
            await log.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }
    }
}
