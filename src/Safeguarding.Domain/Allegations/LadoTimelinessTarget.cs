namespace Safeguarding.Domain.Allegations;

/// <summary>
/// A board's own local targets for how quickly the LADO's cases are resolved, for the dates it
/// set them for, and whose targets they are.
/// </summary>
/// <remarks>
/// Working Together 2015, as Herefordshire's annual report 2015-16 quotes it (seed 003, section 6d),
/// set the expectation that 80% of cases are resolved within one month of referral, 90% within
/// three months and all but the most exceptional within twelve. Current guidance (Working Together
/// 2023, Keeping Children Safe in Education) sets no percentages, so a board that still measures
/// against them sets them as its own targets, dated: <see cref="Herefordshire2015To16"/> is seed 003's.
/// Figures for a year are measured against the target in force on the year's first day, and a year
/// with none has its shares reported without a rating.
/// </remarks>
public sealed class LadoTimelinessTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="setBy">Whose target it is, such as "Herefordshire Safeguarding Children Board".</param>
    /// <param name="basis">Where the figures come from, such as "Working Together 2015's expectation, as the annual report 2015-16 states".</param>
    /// <param name="inForceFrom">The first day the target applies.</param>
    /// <param name="inForceTo">The last day it applies, or <c>null</c> until further notice.</param>
    /// <param name="source">The document that sets or states the target.</param>
    /// <exception cref="ArgumentNullException"><paramref name="setBy"/>, <paramref name="basis"/> or <paramref name="source"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="setBy"/> or <paramref name="basis"/> is blank, or <paramref name="inForceTo"/> is before <paramref name="inForceFrom"/>.</exception>
    public LadoTimelinessTarget(string setBy, string basis, LocalDate inForceFrom, LocalDate? inForceTo, SourceCitation source)
    {
        SetBy = Preconditions.CheckNotBlank(setBy);
        Basis = Preconditions.CheckNotBlank(basis);
        Period = new StatutoryRuleSet($"{setBy}'s LADO timeliness targets", inForceFrom, inForceTo, Preconditions.CheckNotNull(source));
    }

    /// <summary>
    /// Gets seed 003's targets as Herefordshire Safeguarding Children Board's for 2015-16 (1 April 2015
    /// to 31 March 2016): 80% within one month, 90% within three, all but the most exceptional within
    /// twelve, which the report attributes to Working Together 2015.
    /// </summary>
    public static LadoTimelinessTarget Herefordshire2015To16 { get; } = new(
        "Herefordshire Safeguarding Children Board",
        "Working Together 2015's expectation, as the board's annual report 2015-16 states it",
        new LocalDate(2015, 4, 1), new LocalDate(2016, 3, 31),
        new SourceCitation("003_2b82dd704ae0436e.txt", "section 6d, Allegations concerning persons who work with children",
            "Working Together 2015 sets the expectation that 80% of cases should be resolved within one month of referral, 90% within three months and all but the most exceptional cases within twelve months"))
    {
        WithinOneMonth = 0.8m,
        WithinThreeMonths = 0.9m,
        AllButExceptionalWithinTwelveMonths = true,
    };

    /// <summary>Gets whose target it is.</summary>
    public string SetBy { get; }

    /// <summary>Gets where the figures come from.</summary>
    public string Basis { get; }

    /// <summary>Gets the dates the target applies in, and the document that sets it.</summary>
    public StatutoryRuleSet Period { get; }

    /// <summary>Gets the share of cases to be resolved within one month, from 0 to 1, or <c>null</c> for no target. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 1.</exception>
    public decimal? WithinOneMonth { get => field; init => field = CheckShare(value, nameof(WithinOneMonth)); }

    /// <summary>Gets the share of cases to be resolved within three months, from 0 to 1, or <c>null</c> for no target. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 1.</exception>
    public decimal? WithinThreeMonths { get => field; init => field = CheckShare(value, nameof(WithinThreeMonths)); }

    /// <summary>Gets a value indicating whether all but the most exceptional cases are to be resolved within twelve months. The default is <c>false</c>.</summary>
    public bool AllButExceptionalWithinTwelveMonths { get; init; }

    /// <summary>Finds the target in force on a date.</summary>
    /// <param name="targets">A board's targets.</param>
    /// <param name="date">The date.</param>
    /// <returns>The target in force, or <c>null</c> when none is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">More than one target is in force on <paramref name="date"/>.</exception>
    public static LadoTimelinessTarget? InForceOn(IEnumerable<LadoTimelinessTarget> targets, LocalDate date)
    {
        Preconditions.CheckNotNull(targets);
        var inForce = targets.Where(target => target.Period.IsInForceOn(date)).ToList();
        Preconditions.CheckArgument(inForce.Count <= 1, nameof(targets),
            $"Expected at most one LADO timeliness target in force on {DisplayDates.Format(date)}, but found {inForce.Count}: {string.Join("; ", inForce.Select(target => target.Period))}.");
        return inForce.Count == 1 ? inForce[0] : null;
    }

    /// <summary>Gets whose target it is and where its figures come from, in words.</summary>
    /// <value>Such as "Herefordshire Safeguarding Children Board's local target (Working Together 2015's expectation, as the board's annual report 2015-16 states it)".</value>
    public string Owner => $"{SetBy}'s local target ({Basis})";

    /// <summary>Returns whose target it is and its dates.</summary>
    /// <returns>Such as "Herefordshire Safeguarding Children Board's LADO timeliness targets, from 1 April 2015 to 31 March 2016".</returns>
    public override string ToString() => Period.ToString();

    private static decimal? CheckShare(decimal? value, string name)
    {
        if (value is { } share && (share < 0m || share > 1m))
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected a share from 0 to 1, such as 0.8 for 80%.");
        }
        return value;
    }
}
