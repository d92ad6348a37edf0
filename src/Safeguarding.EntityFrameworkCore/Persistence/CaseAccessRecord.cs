namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// One entry of the case access log, as stored: who read or wrote which case, and when; only ever
/// inserted, and never the case's content.
/// </summary>
public sealed class CaseAccessRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the register (the <c>CaseRegister</c> name).</summary>
    public string Register { get; set; } = string.Empty;

    /// <summary>Gets or sets the case's pseudonymous reference.</summary>
    public string CaseReference { get; set; } = string.Empty;

    /// <summary>Gets or sets what was done (the <c>CaseAccessKind</c> name).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Gets or sets the stable user id of the person.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>Gets or sets the role they acted in (the <c>BoardRole</c> name).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Gets or sets when (stored as Unix ticks).</summary>
    public Instant At { get; set; }
}
