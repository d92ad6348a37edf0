using System.Globalization;
using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.BoardPapers.YearlyReports;

/// <summary>
/// The safeguarding partners' yearly report, built from the year's raw figures — an annual report's
/// figures (seed 003 holds Herefordshire's 2015-16), the scorecard and the business plan's outcomes
/// for the year — in the order the guidance gives its contents. Every figure names its source; every
/// share is computed from counts and compared with the figure the document published, and each
/// disagreement is recorded; a figure the data does not give says so.
/// </summary>
/// <remarks>
/// The order of the sections follows what Working Together asks the yearly report to set out: what
/// the partners have done as a result of the arrangements, including on child safeguarding practice
/// reviews, and how effective the arrangements have been; evidence of the impact of their work,
/// including training, on outcomes for children and families; an analysis of any areas with little or
/// no evidence of progress on agreed priorities; the actions taken on reviews' recommendations; and
/// how the partners sought and used feedback from children and families (Working Together to
/// Safeguard Children 2018, chapter 3, carried into Working Together 2023's yearly report). Child
/// death figures, which the child death review partners report, follow, as seed 003 gives them.
/// </remarks>
public sealed class PartnersYearlyReport
{
    private PartnersYearlyReport(string board, FinancialYear year, IReadOnlyList<YearlyReportSection> sections)
    {
        Board = board;
        Year = year;
        Sections = sections;
    }

    /// <summary>Gets the board or partnership.</summary>
    public string Board { get; }

    /// <summary>Gets the financial year reported on.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the report's title, such as "Safeguarding partners' yearly report 2015-16".</summary>
    public string Title => $"Safeguarding partners' yearly report {Year.Label}";

    /// <summary>Gets the date the report is as at: the last day of the year.</summary>
    public LocalDate AsAt => Year.End;

    /// <summary>Gets the sections, in the order the guidance gives.</summary>
    public IReadOnlyList<YearlyReportSection> Sections { get; }

    /// <summary>Gets every figure where the document's own figure disagrees with the one computed from its counts.</summary>
    public IReadOnlyList<YearlyReportFigure> Disagreements => [.. Sections.SelectMany(section => section.Figures).Where(figure => figure.Disagrees)];

    /// <summary>Builds the report.</summary>
    /// <param name="figures">The year's figures (<see cref="AnnualReportReader"/>).</param>
    /// <param name="scorecard">The year's scorecard, or <c>null</c> when there is none (the report says so).</param>
    /// <param name="plan">The business plan for the year, or <c>null</c> when there is none (the report says so).</param>
    /// <param name="includeAllegations"><c>true</c> to include the LADO's figures; <c>false</c> for a reader who may not see them (the section says whose they are).</param>
    /// <param name="options">RAG rule settings for the plan's ratings at the year's end; <c>null</c> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The scorecard or the plan is for another year.</exception>
    public static PartnersYearlyReport Create(AnnualReport figures, Scorecard? scorecard = null, BusinessPlan? plan = null, bool includeAllegations = true, RagRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var year = figures.Year;
        if (scorecard is not null && scorecard.Year != year)
        {
            throw new ArgumentException($"Expected a scorecard for {year.Label}, but \"{scorecard.Title}\" is for {scorecard.Year.Label}.", nameof(scorecard));
        }
        if (plan is not null && plan.Period.Intersection(year.Interval) is null)
        {
            throw new ArgumentException($"Expected a business plan whose period falls in {year.Label}, but \"{plan.Title}\" runs from {DisplayDates.Format(plan.Period.Start)} to {DisplayDates.Format(plan.Period.End)}.", nameof(plan));
        }
        var assessment = plan is null ? null : RagRules.AssessPlan(plan, Min(plan.Period.End, year.End), options);
        var builder = new Builder(figures);
        return new PartnersYearlyReport(figures.Board, year,
        [
            builder.WhatThePartnersDid(plan, assessment),
            builder.PracticeReviews(),
            builder.Impact(scorecard, includeAllegations),
            builder.LittleOrNoProgress(plan, assessment, scorecard),
            builder.FeedbackFromChildrenAndFamilies(),
            builder.ChildDeaths(),
        ]);
    }

    private static LocalDate Min(LocalDate first, LocalDate second) => first < second ? first : second;

    /// <summary>Builds each section's figures from the annual report's.</summary>
    private sealed class Builder(AnnualReport figures)
    {
        private const string NotInTheData = "Not in the data";

        internal YearlyReportSection WhatThePartnersDid(BusinessPlan? plan, PlanAssessment? assessment)
        {
            List<YearlyReportFigure> list = [];
            if (plan is null || assessment is null)
            {
                list.Add(Missing("The business plan's actions by rating at the end of the year", $"{NotInTheData}: no business plan for {figures.Year.Label} was given"));
            }
            else
            {
                var source = new SourceCitation(plan.Source ?? plan.Title, $"{plan.Title}, rated as at {DisplayDates.Format(assessment.AsAt)}");
                var total = assessment.Overall.Total;
                foreach (var rating in Enum.GetValues<RagRating>().OrderByDescending(rating => rating.Severity()))
                {
                    list.Add(Share($"The business plan's actions rated {rating.DisplayName().ToLowerInvariant()} at the end of the year", assessment.Overall.Counts[rating], total, $"of {total} actions", source));
                }
            }
            var attendance = figures.BoardAttendance;
            var places = attendance.Agencies.Count * attendance.Meetings.Count;
            list.Add(Count("Board meetings in the year", attendance.Meetings.Count, attendance.Source));
            list.Add(Share("Places filled at board meetings (agencies and members attending)", attendance.Agencies.Sum(agency => agency.MeetingsAttended), places,
                $"of {places} places ({attendance.Agencies.Count} members × {attendance.Meetings.Count} meetings)", attendance.Source));
            list.Add(Share("Members who attended every meeting", attendance.AttendedEveryMeeting.Count, attendance.Agencies.Count, $"of {attendance.Agencies.Count} members", attendance.Source));
            for (var i = 0; i < attendance.Meetings.Count; i++)
            {
                list.Add(Share($"Members attending the meeting of {DisplayDates.Format(attendance.Meetings[i])}", attendance.AttendeesPerMeeting[i], attendance.Agencies.Count, $"of {attendance.Agencies.Count} members", attendance.Source));
            }
            var budget = figures.Budget;
            list.Add(Against("Budget: partners' contributions", budget.TotalContributions, budget.PublishedTotalBudget, "budget", "publishedTotalBudget", budget.Source));
            foreach (var (line, _) in budget.ContributionShares)
            {
                list.Add(Share($"Contribution: {line.Name}", line.Amount, budget.TotalContributions, "of the contributions", budget.Source));
            }
            list.Add(Against("Budget: spent", budget.TotalExpenditure, budget.PublishedTotalExpenditure, "budget", "publishedTotalExpenditure", budget.Source));
            return new YearlyReportSection("What the partners did, and how effective the arrangements were",
                "What the safeguarding partners have done as a result of the arrangements, and how effective the arrangements have been in practice: the business plan's outcomes, attendance at the board, and the budget.",
                list, []);
        }

        internal YearlyReportSection PracticeReviews()
        {
            var deaths = figures.ChildDeaths;
            return new YearlyReportSection("Child safeguarding practice reviews",
                "What the partners have done on child safeguarding practice reviews, and the actions taken, or planned, on local and national reviews' recommendations, with the improvements that resulted.",
                [
                    Count("Child deaths referred for consideration of a serious case review", deaths.SeriousCaseReviewReferrals, deaths.Source),
                    Missing("Practice reviews' recommendations, and the actions taken on them", $"{NotInTheData}: the figures for {figures.Year.Label} record no reviews' recommendations or actions"),
                ], []);
        }

        internal YearlyReportSection Impact(Scorecard? scorecard, bool includeAllegations)
        {
            List<YearlyReportFigure> list = [];
            var plans = figures.ChildProtectionPlans;
            foreach (var quarter in plans.Quarters)
            {
                list.Add(Count($"Children subject to a child protection plan at the end of Q{quarter.Quarter}", quarter.Total, plans.Source));
                foreach (var category in quarter.Categories)
                {
                    var share = Share($"Q{quarter.Quarter}: {category.Category}", category.Count, quarter.Total, $"of {quarter.Total} children", plans.Source);
                    list.Add(category.PublishedPercent is { } published ? Compare(share, published, "childProtectionPlans", $"quarters[{quarter.Quarter}].{category.Category}") : share);
                }
            }
            list.Add(PercentageOnly("Children on a plan for a second or subsequent time", plans.SecondOrSubsequentPlans, plans.Source));
            list.Add(PercentageOnly("Plans open for more than twelve months", plans.PlansOverTwelveMonths, plans.Source));
            if (includeAllegations)
            {
                var allegations = figures.Allegations;
                list.Add(Count("Allegations against people who work with children referred to the LADO", allegations.Allegations, allegations.Source));
                list.Add(allegations.PreviousYearAllegations is { } previous
                    ? Count("Allegations referred to the LADO in the previous year", previous, allegations.Source)
                    : Missing("Allegations referred to the LADO in the previous year", $"{NotInTheData}: the document gives no previous year's count"));
                if (allegations.ChangeFromPreviousYearPercent is { } change)
                {
                    list.Add(new YearlyReportFigure("Change in allegations from the previous year", change, allegations.Source) { DecimalPlaces = 1, Unit = "%" });
                }
                list.Add(Against("Allegations a month (the year's allegations over 12 months)", allegations.MonthlyAverage, allegations.PublishedMonthlyAverage, "allegations", "publishedMonthlyAverage", allegations.Source) with { DecimalPlaces = 2 });
                var timeliness = allegations.Timeliness;
                list.Add(PublishedOnly("Allegations resolved within one month", timeliness.ResolvedWithinOneMonthPercent, $"against the local target of {Format(timeliness.ExpectedWithinOneMonthPercent)}%", allegations.Source));
                list.Add(PublishedOnly("Allegations resolved within three months", timeliness.ResolvedWithinThreeMonthsPercent, $"against the local target of {Format(timeliness.ExpectedWithinThreeMonthsPercent)}%", allegations.Source));
            }
            else
            {
                list.Add(Missing("Allegations against people who work with children (LADO)", "The LADO's figures are shown to the business unit, board members and the LADO"));
            }
            list.Add(Count("Private fostering arrangements notified to the local authority", figures.PrivateFostering.Notifications, figures.PrivateFostering.Source));
            var training = figures.Training;
            foreach (var course in training.Courses)
            {
                list.Add(Count($"Training: {course.Course}", course.Attendees, training.Source) with { Unit = " attended" });
            }
            list.Add(Count("Training: attendances at all courses", training.CourseAttendees, training.Source));
            list.Add(Count("Training: professionals who completed e-learning", training.ELearningProfessionals, training.Source));
            if (scorecard is null)
            {
                list.Add(Missing("The scorecard's indicators", $"{NotInTheData}: no scorecard for {figures.Year.Label} was given"));
            }
            else
            {
                foreach (var indicator in scorecard.Indicators)
                {
                    list.Add(indicator.ChangeFromFirstToLastQuarter is { } change
                        ? new YearlyReportFigure($"{scorecard.Title}: {indicator.Name} ({indicator.SourceAgency}), change from Q{change.FromQuarter} to Q{change.ToQuarter}", change.Absolute, scorecard.Source)
                        {
                            Share = change.Percentage,
                            ShareOf = $"of the Q{change.FromQuarter} figure, {Format(change.From)} {indicator.Unit}",
                            Check = indicator.Trend switch
                            {
                                IndicatorTrend.Improving => "Improving",
                                IndicatorTrend.Worsening => "Worsening",
                                IndicatorTrend.NoChange => "No change",
                                _ => "Not judged: the scorecard does not say whether smaller or larger is better",
                            },
                        }
                        : Missing($"{scorecard.Title}: {indicator.Name}", $"{NotInTheData}: fewer than two quarters' figures"));
                }
            }
            return new YearlyReportSection("Impact on outcomes for children and families, including training",
                "Evidence of the impact of the work of the safeguarding partners and relevant agencies, including training, on outcomes for children and families.",
                list, []);
        }

        internal YearlyReportSection LittleOrNoProgress(BusinessPlan? plan, PlanAssessment? assessment, Scorecard? scorecard)
        {
            List<string> statements = [];
            if (plan is null || assessment is null)
            {
                statements.Add($"{NotInTheData}: no business plan for {figures.Year.Label} was given, so progress on its priorities cannot be judged.");
            }
            else
            {
                foreach (var priority in plan.Priorities)
                {
                    var rollUp = assessment.Priorities[priority.Number];
                    if (rollUp.Rating is RagRating.Red or RagRating.Amber)
                    {
                        statements.Add($"{plan.PriorityTerm} {priority.Number}, {priority.Title}: {rollUp.Rating.DisplayName().ToLowerInvariant()} ({rollUp.CountsInWords}).");
                    }
                }
                if (statements.Count == 0)
                {
                    statements.Add($"No {plan.PriorityTerm.ToLowerInvariant()} of the business plan was rated red or amber at the end of the year.");
                }
            }
            if (scorecard is not null)
            {
                statements.AddRange(scorecard.Indicators.Where(indicator => indicator.Trend == IndicatorTrend.Worsening)
                    .Select(indicator => $"{scorecard.Title}: {indicator.Name} ({indicator.SourceAgency}) worsened over the year."));
            }
            return new YearlyReportSection("Where there has been little or no evidence of progress",
                "An analysis of any areas where there has been little or no evidence of progress on agreed priorities.",
                [], statements);
        }

        internal YearlyReportSection FeedbackFromChildrenAndFamilies() => new("Feedback from children and families",
            "How the partners have sought and used feedback from children and families to inform their work and influence services.",
            [Missing("Feedback sought from children and families, and what changed", $"{NotInTheData}: the figures for {figures.Year.Label} record none")], []);

        internal YearlyReportSection ChildDeaths()
        {
            var deaths = figures.ChildDeaths;
            List<YearlyReportFigure> list =
            [
                Count("Child deaths notified to the child death overview panel", deaths.Deaths, deaths.Source),
                Share("Child deaths reviewed", deaths.Reviewed, deaths.Deaths, $"of {deaths.Deaths} deaths", deaths.Source),
                Share("Child deaths awaiting review", deaths.AwaitingReview, deaths.Deaths, $"of {deaths.Deaths} deaths", deaths.Source),
                .. deaths.AwaitingReviewReasons.Select(reason => Count($"Awaiting review: {reason.Reason}", reason.Count, deaths.Source)),
            ];
            return new YearlyReportSection("Child death reviews",
                "The child death review partners' figures for the year, as the board's report gives them.",
                list, [deaths.AllReviewedWithinSixMonths ? "Every death reviewed in the year was reviewed within six months." : "Not every death reviewed in the year was reviewed within six months."]);
        }

        private static YearlyReportFigure Count(string measure, decimal value, SourceCitation source) => new(measure, value, source);

        private static YearlyReportFigure Missing(string measure, string missing) =>
            new(measure, null, new SourceCitation("None")) { Missing = missing };

        private static YearlyReportFigure Share(string measure, decimal count, decimal total, string of, SourceCitation source) =>
            new(measure, count, source) { Share = total > 0 ? PublishedFigures.Percentage(count, total) : null, ShareOf = of };

        // A share compared with the percentage the document printed beside its count.
        private YearlyReportFigure Compare(YearlyReportFigure share, decimal published, string section, string field)
        {
            var agrees = share.Share is { } computed && PublishedFigures.AgreesWithinRounding(computed, published);
            return share with
            {
                Published = published,
                Disagrees = !agrees,
                Check = agrees ? $"Agrees with the published {Format(published)}%" : Disagreement(section, field, $"The document prints {Format(published)}%; its counts give {Format(share.Share ?? 0, 1)}%"),
            };
        }

        // A figure computed from counts, compared with the total or average the document printed.
        private YearlyReportFigure Against(string measure, decimal computed, decimal published, string section, string field, SourceCitation source)
        {
            var agrees = PublishedFigures.AgreesWithinRounding(computed, published);
            return new YearlyReportFigure(measure, computed, source)
            {
                Published = published,
                DecimalPlaces = computed == decimal.Round(computed) ? 0 : 2,
                Disagrees = !agrees,
                Check = agrees ? $"Agrees with the published {Format(published)}" : Disagreement(section, field, $"The document prints {Format(published)}; its counts give {Format(computed, 2)}"),
            };
        }

        private string Disagreement(string section, string field, string fallback) =>
            figures.InconsistenciesFor(section, field) is [var recorded, ..] ? $"Disagrees: {recorded.Description}" : $"Disagrees: {fallback}.";

        private static YearlyReportFigure PercentageOnly(string measure, PercentageOnlyFigure? figure, SourceCitation source) =>
            figure is null
                ? Missing(measure, $"{NotInTheData}: the document gives no figure")
                : PublishedOnly(measure, figure.Percent, $"as at {figure.AsAt}{(figure.Qualifier is { } qualifier ? $", {qualifier}" : string.Empty)}", source);

        private static YearlyReportFigure PublishedOnly(string measure, decimal percent, string context, SourceCitation source) =>
            new(measure, percent, source)
            {
                Unit = "%",
                DecimalPlaces = percent == decimal.Round(percent) ? 0 : 1,
                Published = percent,
                Check = $"Published as a percentage only ({context}): there are no counts to compute it from",
            };

        private static string Format(decimal value, int decimals = 2) =>
            decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
