using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// An action's timescale as the plan wrote it ("Oct 14", "Ongoing from April 2014", "TBC - …"),
/// kept verbatim and read into due dates. A month means its last day; two-digit years are 20xx.
/// </summary>
public sealed partial class Timescale : IEquatable<Timescale>
{
    private const string MonthPattern =
        @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<year>\d{4}|\d{2})";

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.Create("dd/MM/uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("d/M/uuuu", CultureInfo.InvariantCulture),
    ];

    private Timescale(string text, TimescaleKind kind, IReadOnlyList<Milestone> milestones, LocalDate? startDate, string? reason)
    {
        Text = text;
        Kind = kind;
        Milestones = milestones;
        StartDate = startDate;
        Reason = reason;
    }

    /// <summary>Gets a timescale for an action whose plan gives none.</summary>
    public static Timescale None { get; } = new(string.Empty, TimescaleKind.None, [], null, null);

    /// <summary>Gets the text exactly as the plan wrote it.</summary>
    public string Text { get; }

    /// <summary>Gets what sort of timescale it is.</summary>
    public TimescaleKind Kind { get; }

    /// <summary>Gets the dated milestones, earliest first: one for a due date, several for milestones, none otherwise.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Gets the date by which the action is due (the last milestone), or <c>null</c> when it has none.</summary>
    public LocalDate? DueDate => Milestones.Count == 0 ? null : Milestones[^1].DueDate;

    /// <summary>Gets the date the work starts, when the plan says ("Ongoing from April 2014" starts 1 April 2014).</summary>
    public LocalDate? StartDate { get; }

    /// <summary>Gets the reason a timescale is still to be confirmed ("TBC - Action Area is dependent upon…"), or <c>null</c>.</summary>
    public string? Reason { get; }

    /// <summary>Reads a timescale as written in a plan.</summary>
    /// <param name="text">The text, such as "Oct 14", "May 2015", "On-going", "TBC - …" or empty.</param>
    /// <returns>The timescale, keeping <paramref name="text"/> verbatim.</returns>
    /// <exception cref="FormatException">The text is not a timescale this class can read; the message says what was expected.</exception>
    public static Timescale Parse(string? text) =>
        TryParse(text, out var timescale, out var error) ? timescale : throw new FormatException(error);

    /// <summary>Reads a timescale as written in a plan, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="timescale">The timescale, when the method returns <c>true</c>.</param>
    /// <param name="error">What was expected, when the method returns <c>false</c>.</param>
    /// <returns><c>true</c> when the text was read.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Timescale? timescale, [NotNullWhen(false)] out string? error)
    {
        timescale = null;
        error = null;
        var original = text ?? string.Empty;
        var trimmed = WhiteSpace().Replace(original.Trim(), " ");
        if (trimmed.Length == 0)
        {
            timescale = original.Length == 0 ? None : new Timescale(original, TimescaleKind.None, [], null, null);
            return true;
        }

        var toBeConfirmed = ToBeConfirmedPattern().Match(trimmed);
        if (toBeConfirmed.Success)
        {
            var reason = toBeConfirmed.Groups["reason"].Value;
            timescale = new Timescale(original, TimescaleKind.ToBeConfirmed, [], null, reason.Length == 0 ? null : reason);
            return true;
        }

        var ongoing = OngoingPattern().Match(trimmed);
        if (ongoing.Success)
        {
            LocalDate? start = null;
            if (ongoing.Groups["from"].Success)
            {
                var from = ongoing.Groups["from"].Value;
                if (!TryReadMonth(from, out var month))
                {
                    error = $"expected a month such as \"April 2014\" after \"from\" in \"{original}\"";
                    return false;
                }
                start = month.OnDayOfMonth(1);
            }
            timescale = new Timescale(original, TimescaleKind.Ongoing, [], start, null);
            return true;
        }

        if (TryReadMonthOrDate(trimmed, out var due))
        {
            timescale = new Timescale(original, TimescaleKind.DueDate, [new Milestone(due, null)], null, null);
            return true;
        }

        if (TryReadMilestones(trimmed, out var milestones))
        {
            timescale = new Timescale(original, TimescaleKind.Milestones, milestones, null, null);
            return true;
        }

        error = $"expected a month (\"Oct 14\", \"May 2015\"), a date (\"31/10/2014\"), \"On-going\", \"Ongoing from <month>\", \"TBC - <reason>\" or milestones (\"Oct 14 for Education Mar 15 for wider application\"), but found \"{original}\"";
        return false;
    }

    private static bool TryReadMilestones(string text, out IReadOnlyList<Milestone> milestones)
    {
        milestones = [];
        var starts = MilestoneStartPattern().Matches(text);
        if (starts.Count == 0 || starts[0].Index != 0)
        {
            return false;
        }
        var read = new List<Milestone>();
        for (var i = 0; i < starts.Count; i++)
        {
            var purposeStart = starts[i].Index + starts[i].Length;
            var purposeEnd = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var purpose = text[purposeStart..purposeEnd].Trim();
            if (purpose.Length == 0 || !TryReadMonth(starts[i].Groups["when"].Value, out var month))
            {
                return false;
            }
            read.Add(new Milestone(LastDayOf(month), purpose));
        }
        milestones = [.. read.OrderBy(milestone => milestone.DueDate)];
        return true;
    }

    private static bool TryReadMonthOrDate(string text, out LocalDate date)
    {
        if (TryReadMonth(text, out var month))
        {
            date = LastDayOf(month);
            return true;
        }
        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                date = result.Value;
                return true;
            }
        }
        date = default;
        return false;
    }

    private static bool TryReadMonth(string text, out YearMonth month)
    {
        month = default;
        var match = WholeMonthPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }
        var monthNumber = Array.FindIndex(MonthPrefixes, prefix => match.Groups["month"].Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) + 1;
        month = new YearMonth(year, monthNumber);
        return true;
    }

    private static readonly string[] MonthPrefixes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static LocalDate LastDayOf(YearMonth month) => month.ToDateInterval().End;

    /// <inheritdoc/>
    public bool Equals(Timescale? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Timescale);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Returns the text as the plan wrote it.</summary>
    /// <returns>The original text.</returns>
    public override string ToString() => Text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^TBC\b\s*(?:[-–—:]\s*)?(?<reason>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ToBeConfirmedPattern();

    [GeneratedRegex(@"^on[- ]?going(?:\s+from\s+(?<from>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingPattern();

    [GeneratedRegex("^" + MonthPattern + "$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeMonthPattern();

    [GeneratedRegex(@"(?<when>" + MonthPattern + @")\s+for\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MilestoneStartPattern();
}
