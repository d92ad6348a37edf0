using System.Globalization;
using Microsoft.Extensions.Options;
using Safeguarding.BoardPapers.Requests;
using Safeguarding.BoardPapers.YearlyReports;
using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Reporting;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.YearlyReports;

/// <summary>
/// The partners' yearly report and its widgets, from the annual report figures in
/// <see cref="SafeguardingWidgetsOptions.AnnualReportFile"/>, a scorecard from
/// <see cref="SafeguardingWidgetsOptions.ScorecardFolder"/> and the default plan when its period falls in the year.
/// </summary>
public sealed class YearlyReportService
{
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private readonly DataFileCache<AnnualReport> _annualReports = new();
    private readonly SafeguardingWidgetsOptions _options;
    private readonly ThresholdViewModelService _thresholds;

    /// <summary>Creates the service.</summary>
    /// <param name="options">The widgets' options.</param>
    /// <param name="thresholds">Where scorecards are read.</param>
    public YearlyReportService(IOptions<SafeguardingWidgetsOptions> options, ThresholdViewModelService thresholds)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _thresholds = thresholds ?? throw new ArgumentNullException(nameof(thresholds));
    }

    /// <summary>Reads the configured annual report figures.</summary>
    /// <returns>The figures.</returns>
    /// <exception cref="InvalidOperationException">No annual report file is configured.</exception>
    public AnnualReport Figures() => _annualReports.Get(
        _options.AnnualReportFile ?? throw new InvalidOperationException("Expected SafeguardingWidgetsOptions.AnnualReportFile to name an annual report file, but it is not set."),
        AnnualReportReader.ReadFile);

    /// <summary>Builds the partners' yearly report.</summary>
    /// <param name="scorecard">A scorecard's file name without ".json", or <c>null</c> for none.</param>
    /// <param name="plan">The plan for the year, or <c>null</c>; a plan whose period is outside the year is left out (the report says there is none).</param>
    /// <param name="includeAllegations">Whether the reader may see the LADO's figures.</param>
    /// <returns>The report.</returns>
    public PartnersYearlyReport Report(string? scorecard, BusinessPlan? plan, bool includeAllegations)
    {
        return BoardPaperBuilder.YearlyReportOf(Figures(), scorecard is null ? null : _thresholds.LoadScorecard(scorecard), plan, includeAllegations,
            new Safeguarding.Domain.Rag.RagRuleOptions { RiskWindowDays = _options.RiskWindowDays });
    }

    /// <summary>Builds the board attendance widget.</summary>
    /// <returns>The view model.</returns>
    public BoardAttendanceViewModel GetBoardAttendance()
    {
        var figures = Figures();
        var attendance = figures.BoardAttendance;
        var members = attendance.Agencies.Count;
        var meetings = attendance.Meetings.Count;
        var places = members * meetings;
        var filled = attendance.Agencies.Sum(agency => agency.MeetingsAttended);
        var perMeeting = attendance.AttendeesPerMeeting;
        var fewest = Enumerable.Range(0, meetings).OrderBy(index => perMeeting[index]).ThenBy(index => index).First();
        var most = Enumerable.Range(0, meetings).OrderByDescending(index => perMeeting[index]).ThenBy(index => index).First();
        var missedMost = attendance.Agencies.Where(agency => agency.MeetingsAttended < meetings).OrderBy(agency => agency.MeetingsAttended).ThenBy(agency => agency.Agency, StringComparer.Ordinal).ToList();
        var description = $"{members} members, {meetings} meetings: {filled} of {places} places filled ({Percent(filled, places)}). "
            + $"The most attended meeting was {DisplayDates.Format(attendance.Meetings[most])} ({perMeeting[most]} of {members}); the least, {DisplayDates.Format(attendance.Meetings[fewest])} ({perMeeting[fewest]} of {members}). "
            + $"{attendance.AttendedEveryMeeting.Count} of {members} members attended every meeting"
            + (missedMost.Count == 0 ? "." : $"; {string.Join(", ", missedMost.Select(agency => $"{agency.Agency} attended {agency.MeetingsAttended} of {meetings}"))}.");
        List<string> labels = [.. attendance.Meetings.Select(date => date.ToString("d MMM uuuu", EnglishUnitedKingdom))];
        return new BoardAttendanceViewModel
        {
            Heading = $"Board attendance {figures.Year.Label}",
            Meta = $"{figures.Board} · {attendance.Source}",
            Chart = BarChartViewModel.Of("sg-board-attendance", "Members attending each board meeting", description, members,
                [.. labels.Select((label, index) => (label, perMeeting[index]))]),
            AttendedPerMeeting = [.. perMeeting.Select(count => $"{count} of {members}")],
            PlacesFilled = $"{filled} of {places} ({Percent(filled, places)})",
            Meetings = labels,
            Rows = [.. attendance.Agencies.Select(agency => new AttendanceRowViewModel(agency.Agency, agency.Attended, $"{agency.MeetingsAttended} of {meetings}"))],
        };
    }

    /// <summary>Builds the child protection plans widget: children on a plan at the end of each quarter, by category.</summary>
    /// <returns>The view model.</returns>
    public ChildProtectionPlansViewModel GetChildProtectionPlans()
    {
        var figures = Figures();
        var plans = figures.ChildProtectionPlans;
        var quarters = plans.Quarters;
        var categories = quarters.SelectMany(quarter => quarter.Categories.Select(category => category.Category)).Distinct(StringComparer.Ordinal).ToList();
        string Largest(ChildProtectionPlanQuarter quarter) =>
            quarter.Categories.OrderByDescending(category => category.Count).First() is var top && quarter.Total > 0
                ? $"{top.Category.ToLowerInvariant()} the largest category ({top.Count}, {Percent(top.Count, quarter.Total)})"
                : "no category";
        var description = quarters.Count == 0
            ? "The figures give no children subject to a child protection plan."
            : "Children subject to a child protection plan at the end of each quarter: "
                + string.Join("; ", quarters.Select(quarter => $"Q{quarter.Quarter} {quarter.Total}, {Largest(quarter)}")) + ".";
        return new ChildProtectionPlansViewModel
        {
            Heading = $"Child protection plans {figures.Year.Label}",
            Meta = $"{figures.Board} · {plans.Source}",
            Chart = BarChartViewModel.Of("sg-child-protection-plans", "Children subject to a child protection plan at the end of each quarter", description, 0,
                [.. quarters.Select(quarter => ($"Q{quarter.Quarter}", quarter.Total))]),
            Categories = categories,
            Quarters = [.. quarters.Select(quarter => new ChildProtectionPlanRowViewModel(
                $"Q{quarter.Quarter}",
                [.. categories.Select(name => quarter.Categories.FirstOrDefault(category => category.Category == name) is { } category
                    ? $"{category.Count} ({Percent(category.Count, quarter.Total)})"
                    : "Not given")],
                quarter.Total.ToString(CultureInfo.InvariantCulture)))],
        };
    }

    private static string Percent(int count, int total) =>
        total == 0 ? "none" : $"{Math.Round(PublishedFigures.Percentage(count, total), 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%";
}
