namespace Safeguarding.Domain;

/// <summary>
/// One version of a set of statutory rules or statutory guidance, with the dates it applies in: a
/// question is answered by the version in force on the date the question concerns (the day of an
/// allegation, the day a private fostering arrangement is assessed as at).
/// </summary>
/// <remarks>
/// A rule area lists its versions in date order, without gaps or overlaps, such as
/// <see cref="Allegations.HarmTest.RuleSets"/>. A date before the first version is outside what the
/// package models, and is refused with an error that names the first date it answers for, rather
/// than answered by rules that were not yet in force.
/// </remarks>
public sealed class StatutoryRuleSet
{
    /// <summary>Creates a version of a rule set.</summary>
    /// <param name="name">What the version is, such as "Harm test with four limbs (Keeping Children Safe in Education 2020)".</param>
    /// <param name="inForceFrom">The first day it applies.</param>
    /// <param name="inForceTo">The last day it applies, or <c>null</c> while it is still in force.</param>
    /// <param name="source">The document it comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="inForceTo"/> is before <paramref name="inForceFrom"/>.</exception>
    public StatutoryRuleSet(string name, LocalDate inForceFrom, LocalDate? inForceTo, SourceCitation source)
    {
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgument(inForceTo is null || inForceTo >= inForceFrom, nameof(inForceTo), "The last day in force must not be earlier than the first day in force.");
        InForceFrom = inForceFrom;
        InForceTo = inForceTo;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>Gets what the version is.</summary>
    public string Name { get; }

    /// <summary>Gets the first day the version applies.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the last day the version applies, or <c>null</c> while it is still in force.</summary>
    public LocalDate? InForceTo { get; }

    /// <summary>Gets the document the version comes from.</summary>
    public SourceCitation Source { get; }

    /// <summary>Tells whether the version applies on a date.</summary>
    /// <param name="date">The date the question concerns.</param>
    /// <returns><c>true</c> from <see cref="InForceFrom"/> to <see cref="InForceTo"/>, both included.</returns>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceTo is not { } to || date <= to);

    /// <summary>Finds the version in force on a date.</summary>
    /// <param name="versions">The versions of one rule set, in date order.</param>
    /// <param name="date">The date the question concerns.</param>
    /// <param name="paramName">The name of the argument that holds <paramref name="date"/>, for the error.</param>
    /// <returns>The version in force on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No version is in force on <paramref name="date"/>; the message names the dates that are answered.</exception>
    public static StatutoryRuleSet InForceOn(IReadOnlyList<StatutoryRuleSet> versions, LocalDate date, string paramName)
    {
        Preconditions.CheckNotNull(versions);
        foreach (var version in versions)
        {
            if (version.IsInForceOn(date))
            {
                return version;
            }
        }
        var first = versions.Count > 0 ? versions[0] : null;
        throw new ArgumentOutOfRangeException(paramName, date, first is null
            ? "Expected a date for which rules are known, but none are listed."
            : $"Expected a date from {DisplayDates.Format(first.InForceFrom)}, when the earliest rules this package applies came into force ({first.Name}), but found {DisplayDates.Format(date)}. Check the rules in force on that date yourself.");
    }

    /// <summary>Returns the name and the dates in force.</summary>
    /// <returns>Such as "Harm test with four limbs (Keeping Children Safe in Education 2020), from 1 September 2020 to 31 August 2021".</returns>
    public override string ToString() =>
        $"{Name}, from {DisplayDates.Format(InForceFrom)}" + (InForceTo is { } to ? $" to {DisplayDates.Format(to)}" : string.Empty);
}
