namespace Safeguarding.Domain.Allegations;

/// <summary>What the harm test found, so that a screen or a report can act on it without matching words. Part of a <see cref="HarmTestResult"/>.</summary>
public enum HarmTestFinding
{
    /// <summary>At least one limb in force on the allegation's date is met: refer to the LADO within one working day.</summary>
    MeetsHarmTest = 1,

    /// <summary>
    /// No limb is met, and the allegation is dated from 1 September 2021: a low-level concern for the
    /// employer, shared and recorded under its low-level concerns policy, not referred to the LADO
    /// (Keeping Children Safe in Education 2021 and later, Part 4).
    /// </summary>
    LowLevelConcern = 2,

    /// <summary>No limb is met, and the allegation is dated before 1 September 2021, when the guidance had no low-level concerns: follow the employer's own procedures.</summary>
    DoesNotMeetHarmTest = 3,
}
