using System.Globalization;
using System.Text.RegularExpressions;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.SampleIntranet.Demo;

/// <summary>
/// Builds the sample's demonstration plan: the Herefordshire 2014-15 business plan with every date
/// moved forward by whole years so that its period is the current UK financial year. The seed plans
/// are historical (2009–2017); rated as at today every one of their actions is long overdue, so the
/// sample would show nothing but red. Moved into this year, the same plan shows what a board sees
/// mid-year: some actions done, some due soon, some overdue.
/// </summary>
public static partial class DemoPlan
{
    /// <summary>The demonstration plan's key.</summary>
    public const string Key = "hscb-business-plan-demo";

    /// <summary>The seed plan file it is built from.</summary>
    public const string SourceFile = "hscb-business-plan-2014-15.json";

    /// <summary>Gets the UK financial year (1 April to 31 March) containing a date.</summary>
    /// <param name="today">The date.</param>
    /// <returns>The financial year.</returns>
    public static DateInterval FinancialYearContaining(LocalDate today)
    {
        var startYear = today.Month >= 4 ? today.Year : today.Year - 1;
        return new DateInterval(new LocalDate(startYear, 4, 1), new LocalDate(startYear + 1, 3, 31));
    }

    /// <summary>Builds the demonstration plan from the source plan, moved into the financial year containing <paramref name="today"/>.</summary>
    /// <param name="source">The plan read from <see cref="SourceFile"/>: its period must be one financial year.</param>
    /// <param name="today">Today, from the app's clock.</param>
    /// <returns>A new plan with key <see cref="Key"/>; the source is not changed.</returns>
    /// <exception cref="InvalidOperationException">The source's period is not a financial year, or a timescale's text cannot be moved.</exception>
    public static BusinessPlan Build(BusinessPlan source, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(source);
        var target = FinancialYearContaining(today);
        if (source.Period != FinancialYearContaining(source.Period.Start))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Expected the demonstration plan's source \"{source.Key}\" to cover one financial year (1 April to 31 March), but it covers {source.Period.Start:uuuu-MM-dd} to {source.Period.End:uuuu-MM-dd}."));
        }
        var years = target.Start.Year - source.Period.Start.Year;
        return new BusinessPlan
        {
            Key = Key,
            Board = source.Board,
            Title = "Demonstration: " + MoveYearsInText(source.Title, years, "the plan's title"),
            Version = source.Version is null ? null : MoveYearsInText(source.Version, years, "the plan's version"),
            Period = target,
            PriorityTerm = source.PriorityTerm,
            RagScheme = source.RagScheme,
            ReportingCycleDays = source.ReportingCycleDays,
            RequiresAcceptance = source.RequiresAcceptance,
            SourceReferences = source.SourceReferences,
            Aims = source.Aims,
            OutcomeMeasures = source.OutcomeMeasures,
            Source = string.Create(CultureInfo.InvariantCulture, $"{source.Source ?? SourceFile}, every date moved forward {years} year(s) for the sample intranet's demonstration"),
            Priorities = [.. source.Priorities.Select(priority => new Priority
            {
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPriorities = [.. priority.DevelopmentPriorities.Select(development => development with
                {
                    Years = [.. development.Years.Select(label => MoveYearLabel(label, years))],
                })],
                ActionAreas = [.. priority.ActionAreas.Select(area => new ActionArea
                {
                    Ref = area.Ref,
                    Title = area.Title,
                    Driver = area.Driver,
                    ReviewPlanPoints = area.ReviewPlanPoints,
                    MonitoredBy = area.MonitoredBy,
                    StrategicOversight = area.StrategicOversight,
                    ExpectedImpact = area.ExpectedImpact,
                    Actions = [.. area.Actions.Select(action => MoveAction(action, years))],
                })],
                DirectActions = [.. priority.DirectActions.Select(action => MoveAction(action, years))],
            })],
        };
    }

    /// <summary>Moves a timescale forward: rewrites the years in its text and reads it again, checking every date moved by exactly the years asked.</summary>
    /// <param name="timescale">The timescale.</param>
    /// <param name="years">Whole years to move it forward.</param>
    /// <param name="actionRef">The action's ref, for the message.</param>
    /// <returns>The moved timescale.</returns>
    /// <exception cref="InvalidOperationException">The text cannot be moved: it does not read again, or a date did not move by <paramref name="years"/>.</exception>
    public static Timescale MoveTimescale(Timescale timescale, int years, string actionRef)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        var what = $"the timescale of action {actionRef}";
        var text = MoveYearsInText(timescale.Text, years, what);
        if (!Timescale.TryParse(text, out var moved, out var error))
        {
            throw new InvalidOperationException($"Expected {what}, \"{timescale.Text}\", moved {years} year(s) to read as a timescale, but \"{text}\" does not: {error}.");
        }
        var expectedDates = timescale.Milestones.Select(milestone => MonthOf(milestone.DueDate, years));
        var expectedStart = timescale.StartDate is { } start ? MonthOf(start, years) : (YearMonth?)null;
        if (moved.Kind != timescale.Kind
            || !moved.Milestones.Select(milestone => MonthOf(milestone.DueDate)).SequenceEqual(expectedDates)
            || (moved.StartDate is { } movedStart ? MonthOf(movedStart) : (YearMonth?)null) != expectedStart)
        {
            throw new InvalidOperationException($"Expected every date of {what}, \"{timescale.Text}\", to move {years} year(s), but \"{text}\" reads differently; write its dates as \"Oct 14\", \"May 2015\" or \"31/10/2014\".");
        }
        return moved;
    }

    /// <summary>Adds whole years to the years written in a text: two-digit years after a month name ("Oct 14") and four-digit years ("April 2014", "2014-10-31").</summary>
    /// <param name="text">The text.</param>
    /// <param name="years">Whole years to add.</param>
    /// <param name="what">What the text is, for the message.</param>
    /// <returns>The text with its years moved.</returns>
    /// <exception cref="InvalidOperationException">A two-digit year would move past 2099.</exception>
    public static string MoveYearsInText(string text, int years, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        return YearInText().Replace(text, match =>
        {
            if (match.Groups["full"].Success)
            {
                var year = int.Parse(match.Groups["full"].Value, CultureInfo.InvariantCulture) + years;
                return year.ToString(CultureInfo.InvariantCulture);
            }
            var shortYear = int.Parse(match.Groups["short"].Value, CultureInfo.InvariantCulture) + years;
            if (shortYear is < 0 or > 99)
            {
                throw new InvalidOperationException($"Expected the two-digit years of {what}, \"{text}\", to stay within 2000–2099 when moved {years} year(s), but \"{match.Value}\" would not.");
            }
            return match.Groups["month"].Value + match.Groups["gap"].Value + shortYear.ToString("00", CultureInfo.InvariantCulture);
        });
    }

    private static PlanAction MoveAction(PlanAction action, int years)
    {
        var moved = new PlanAction
        {
            Ref = action.Ref,
            RefAssigned = action.RefAssigned,
            Action = action.Action,
            Steps = action.Steps,
            DesiredOutcome = action.DesiredOutcome,
            Lead = action.Lead,
            Timescale = MoveTimescale(action.Timescale, years, action.Ref),
            Monitoring = action.Monitoring,
            PriorityNumber = action.PriorityNumber,
            ActionAreaRef = action.ActionAreaRef,
            SourceNotes = action.SourceNotes,
        };
        if (action.Reviews.Count > 0)
        {
            throw new InvalidOperationException($"Expected the demonstration plan's source to hold only imported progress, but action {action.Ref} has reviews; seed the demonstration from a plan file.");
        }
        foreach (var update in action.Progress)
        {
            if (update.RecordedAt is not null)
            {
                throw new InvalidOperationException($"Expected the demonstration plan's source to hold only imported progress, but action {action.Ref} has an update recorded through the software.");
            }
            // RecordedAt stays null: the moved updates count as imported with the plan.
            moved.RecordProgress(update with
            {
                Number = 0,
                AsAt = update.AsAt.PlusYears(years),
                CompletedOn = update.CompletedOn?.PlusYears(years),
                MilestonesMet = [.. update.MilestonesMet.Select(date => MonthOf(date, years).ToDateInterval().End)],
            });
        }
        return moved;
    }

    /// <summary>Moves a development priority's year label, such as "13-14", forward.</summary>
    private static string MoveYearLabel(string label, int years)
    {
        var match = YearLabel().Match(label);
        if (!match.Success)
        {
            return label;
        }
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture) + years;
        var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) + years;
        return first is < 0 or > 99 || second is < 0 or > 99
            ? label
            : string.Create(CultureInfo.InvariantCulture, $"{first:00}-{second:00}");
    }

    private static YearMonth MonthOf(LocalDate date, int plusYears = 0) => new(date.Year + plusYears, date.Month);

    [GeneratedRegex(@"(?<month>\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)(?<gap>\s+)(?<short>\d{2})(?!\d)|(?<!\d)(?<full>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearInText();

    [GeneratedRegex(@"^(?<first>\d{2})-(?<second>\d{2})$")]
    private static partial Regex YearLabel();
}
