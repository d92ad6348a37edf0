namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// One case of the LADO's allegations register, as stored: one row per case, under its
/// pseudonymous reference (unique), never a name. Enumerations are stored by name.
/// </summary>
public sealed class AllegationCaseRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the pseudonymous case reference.</summary>
    public string Reference { get; set; } = string.Empty;

    /// <summary>Gets or sets the day the allegation was made, or <c>null</c>.</summary>
    public LocalDate? AllegationMadeOn { get; set; }

    /// <summary>Gets or sets the day the employer was told, or <c>null</c>.</summary>
    public LocalDate? EmployerToldOn { get; set; }

    /// <summary>Gets or sets the day the LADO received the referral.</summary>
    public LocalDate ReferredOn { get; set; }

    /// <summary>Gets or sets the day of the first evaluation or strategy meeting, or <c>null</c>.</summary>
    public LocalDate? EvaluationOrStrategyMeetingOn { get; set; }

    /// <summary>Gets or sets the day the case was closed, or <c>null</c> while it is open.</summary>
    public LocalDate? ClosedOn { get; set; }

    /// <summary>Gets or sets the referring agency's name, or <c>null</c>.</summary>
    public string? ReferringAgency { get; set; }

    /// <summary>Gets or sets the referring agency's sector (the <c>AgencySector</c> name).</summary>
    public string ReferringSector { get; set; } = string.Empty;

    /// <summary>Gets or sets the sector the person works in (the <c>AgencySector</c> name).</summary>
    public string EmployerSector { get; set; } = string.Empty;

    /// <summary>Gets or sets whether limb 1 of the harm test was met: harmed, or may have harmed, a child.</summary>
    public bool HarmedOrMayHaveHarmed { get; set; }

    /// <summary>Gets or sets whether limb 2 was met: possibly committed a criminal offence against or related to a child.</summary>
    public bool PossibleCriminalOffence { get; set; }

    /// <summary>Gets or sets whether limb 3 was met: may pose a risk of harm to children.</summary>
    public bool MayPoseRiskOfHarm { get; set; }

    /// <summary>Gets or sets whether limb 4 was met: may not be suitable to work with children.</summary>
    public bool MayNotBeSuitableToWorkWithChildren { get; set; }

    /// <summary>Gets or sets the outcome (the <c>AllegationOutcome</c> name), or <c>null</c>.</summary>
    public string? Outcome { get; set; }

    /// <summary>Gets or sets whether the LADO recorded the case as exceptional.</summary>
    public bool IsExceptional { get; set; }

    /// <summary>Gets or sets why the case is exceptional, or <c>null</c>.</summary>
    public string? ExceptionalDelayReason { get; set; }

    /// <summary>Gets or sets the day the record's retention is to be reviewed, or <c>null</c>.</summary>
    public LocalDate? ReviewBy { get; set; }
}
