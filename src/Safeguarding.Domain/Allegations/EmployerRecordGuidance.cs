namespace Safeguarding.Domain.Allegations;

/// <summary>
/// What an allegation's outcome means for the employer's records of the person it was about
/// (Keeping Children Safe in Education, Part 4, "Record keeping" and "References"). Made by
/// <see cref="EmployerRecordGuidance.For"/>.
/// </summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="MayBeIncludedInReferences">
/// Whether the allegation may be included in an employment reference: only a substantiated one.
/// Allegations found false, malicious, unsubstantiated or unfounded are not included, nor is a
/// history of repeated ones.
/// </param>
/// <param name="RemovedFromPersonnelRecords">
/// Whether the details are removed from personnel records: those of a malicious or false allegation,
/// unless the person consents to keeping them. For other outcomes a summary of the allegation, how it
/// was followed up and resolved, the action taken and the outcome is kept on the person's file.
/// </param>
/// <param name="Guidance">The guidance in plain English.</param>
/// <param name="Source">Where it comes from.</param>
public sealed record EmployerRecordGuidance(AllegationOutcome Outcome, bool MayBeIncludedInReferences, bool RemovedFromPersonnelRecords, string Guidance, SourceCitation Source)
{
    private static readonly SourceCitation KeepingChildrenSafe =
        new("Keeping Children Safe in Education", "Part 4, \"Record keeping\" and \"References\"; Part 3, references in safer recruitment");

    /// <summary>Gets what an outcome means for the employer's records.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Whether it may go in references and whether it is removed from personnel records, with the guidance in words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not an outcome.</exception>
    public static EmployerRecordGuidance For(AllegationOutcome outcome) => outcome switch
    {
        AllegationOutcome.Substantiated => new(outcome, true, false,
            "Substantiated: keep a summary of the allegation, how it was followed up and resolved, the action taken and the outcome on the person's personnel file; the facts may be given in references.",
            KeepingChildrenSafe),
        AllegationOutcome.Malicious or AllegationOutcome.False => new(outcome, false, true,
            $"{outcome}: remove the details from personnel records unless the person consents to keeping them; do not include it in references.",
            KeepingChildrenSafe),
        AllegationOutcome.Unsubstantiated or AllegationOutcome.Unfounded => new(outcome, false, false,
            $"{outcome}: keep a summary on the person's personnel file, but do not include it in references.",
            KeepingChildrenSafe),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Expected an outcome: Substantiated, Malicious, False, Unsubstantiated or Unfounded."),
    };
}
