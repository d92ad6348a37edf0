namespace Safeguarding.Domain.Access;

/// <summary>
/// One entry of the case access log: who read or wrote which case record, and when. It never holds
/// the record's content, only its pseudonymous reference.
/// </summary>
/// <param name="Register">The register the case is in.</param>
/// <param name="Reference">The case's pseudonymous reference.</param>
/// <param name="Kind">What was done: read, added or changed.</param>
/// <param name="UserId">The stable id of the person, from the host's identity provider (<see cref="BoardUser.UserId"/>).</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When.</param>
public sealed record CaseAccess(CaseRegister Register, CaseReference Reference, CaseAccessKind Kind, string UserId, BoardRole Role, Instant At)
{
    /// <summary>Gets the case's pseudonymous reference.</summary>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    public CaseReference Reference { get; init; } = Preconditions.CheckNotNull(Reference);

    /// <summary>Gets the stable id of the person.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string UserId { get; init; } = Preconditions.CheckNotBlank(UserId);

    /// <summary>Returns the entry in words, with the reference and the user id only.</summary>
    /// <returns>Such as "Allegations LADO-2015-001 Read by lado-1 (Lado) at 2016-04-01T09:00:00Z".</returns>
    public override string ToString() => $"{Register} {Reference} {Kind} by {UserId} ({Role}) at {At}";
}
