using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// An action's timescale as the plan wrote it ("Oct 14", "Ongoing from April 2014", "TBC - …"),
/// kept verbatim and read into due dates. A month means its last day; two-digit years are 20xx;
/// a four-digit year is read as written and must be 1900 or later ("May 0000" and "May 0015" are
/// refused, not read as 2000 and 2015). Only the ASCII digits 0 to 9 are read, and a text with a
/// control character (other than a tab or line break) is refused.
/// </summary>
public sealed partial class Timescale : IEquatable<Timescale>
{
    private const string MonthPattern =
        @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<year>[0-9]{4}|[0-9]{2})";

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
        DueDate = milestones.Count == 0 ? null : milestones[^1].DueDate;
        DueDay = DayNumbers.Of(DueDate, int.MaxValue);
        StartDate = startDate;
        StartDay = DayNumbers.Of(startDate, int.MinValue);
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
    public LocalDate? DueDate { get; }

    /// <summary>Gets the date the work starts, when the plan says ("Ongoing from April 2014" starts 1 April 2014).</summary>
    public LocalDate? StartDate { get; }

    /// <summary>Gets the day number of <see cref="DueDate"/>, or <see cref="int.MaxValue"/> when there is none, for the RAG rules.</summary>
    internal int DueDay { get; }

    /// <summary>Gets the day number of <see cref="StartDate"/>, or <see cref="int.MinValue"/> when there is none, for the RAG rules.</summary>
    internal int StartDay { get; }

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
        foreach (var character in original)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                error = $"expected a timescale without control characters, but found U+{(int)character:X4} in \"{Printable(original)}\"";
                return false;
            }
            if (char.IsDigit(character) && !char.IsAsciiDigit(character))
            {
                error = $"expected years and dates written with the digits 0 to 9, but found \"{character}\" in \"{original}\"";
                return false;
            }
        }
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
                if (!TryReadMonth(from, out var month, out var yearError))
                {
                    error = yearError ?? $"expected a month such as \"April 2014\" after \"from\" in \"{original}\"";
                    return false;
                }
                start = month.OnDayOfMonth(1);
            }
            timescale = new Timescale(original, TimescaleKind.Ongoing, [], start, null);
            return true;
        }

        if (TryReadMonthOrDate(trimmed, out var due, out error))
        {
            timescale = new Timescale(original, TimescaleKind.DueDate, [new Milestone(due, null)], null, null);
            return true;
        }
        if (error is not null)
        {
            return false;
        }

        if (TryReadMilestones(trimmed, out var milestones, out error))
        {
            timescale = new Timescale(original, TimescaleKind.Milestones, milestones, null, null);
            return true;
        }
        if (error is not null)
        {
            return false;
        }

        error = $"expected a month (\"Oct 14\", \"May 2015\"), a date (\"31/10/2014\"), \"On-going\", \"Ongoing from <month>\", \"TBC - <reason>\" or milestones (\"Oct 14 for Education Mar 15 for wider application\"), but found \"{original}\"";
        return false;
    }

    private static bool TryReadMilestones(string text, out IReadOnlyList<Milestone> milestones, out string? error)
    {
        milestones = [];
        error = null;
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
            if (!TryReadMonth(starts[i].Groups["when"].Value, out var month, out error))
            {
                return false;
            }
            // "Oct 14 for Education Mar 15": a month with no purpose is a milestone of its own.
            var bare = new List<YearMonth>();
            while (TrailingMonthPattern().Match(purpose) is { Success: true } trailing)
            {
                if (!TryReadMonth(trailing.Groups["when"].Value, out var last, out error))
                {
                    return false;
                }
                bare.Add(last);
                purpose = purpose[..trailing.Index].Trim();
            }
            // "Oct 14 for Mar 15" has no purpose: a month is not what a milestone is for.
            if (purpose.Length == 0 || WholeMonthPattern().IsMatch(purpose))
            {
                return false;
            }
            read.Add(new Milestone(LastDayOf(month), purpose));
            read.AddRange(bare.Select(lastMonth => new Milestone(LastDayOf(lastMonth), null)));
        }
        milestones = [.. read.OrderBy(milestone => milestone.DueDate)];
        return true;
    }

    private static bool TryReadMonthOrDate(string text, out LocalDate date, out string? error)
    {
        if (TryReadMonth(text, out var month, out error))
        {
            date = LastDayOf(month);
            return true;
        }
        date = default;
        if (error is not null)
        {
            return false;
        }
        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                if (result.Value.Year < MinimumYear)
                {
                    error = $"expected a date in {MinimumYear} or later, but found \"{text}\"";
                    return false;
                }
                date = result.Value;
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads "Oct 14" or "May 2015"; a four-digit year before 1900 is an error, not a two-digit year.</summary>
    private static bool TryReadMonth(string text, out YearMonth month, out string? error)
    {
        month = default;
        error = null;
        var match = WholeMonthPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var written = match.Groups["year"].Value;
        var year = int.Parse(written, NumberStyles.None, CultureInfo.InvariantCulture);
        if (written.Length == 2)
        {
            year += 2000;
        }
        else if (year < MinimumYear)
        {
            error = $"expected a four-digit year of {MinimumYear} or later (or two digits, such as \"Oct 14\" for 2014), but found \"{written}\" in \"{text.Trim()}\"";
            return false;
        }
        var monthNumber = Array.FindIndex(MonthPrefixes, prefix => match.Groups["month"].Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) + 1;
        month = new YearMonth(year, monthNumber);
        return true;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(character => char.IsControl(character) ? $"\\u{(int)character:X4}" : character.ToString()));

    /// <summary>The earliest year a four-digit year may be.</summary>
    private const int MinimumYear = 1900;

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

    [GeneratedRegex(@"(?:^|\s)(?<when>" + MonthPattern + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMonthPattern();
}
