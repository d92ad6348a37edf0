using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The figures of a board's annual report as data (seeds/reports/hscb-annual-report-2015-16.json
/// holds 003_2b82dd704ae0436e.txt). Where the document gives counts and percentages, the model
/// computes the percentages from the counts; where it gives only percentages, it says so; where its
/// own figures disagree, <see cref="Inconsistencies"/> records it.
/// </summary>
/// <param name="Board">The board, such as "Herefordshire Safeguarding Children Board".</param>
/// <param name="Title">The report's title.</param>
/// <param name="Year">The financial year it reports on.</param>
/// <param name="Source">The document the figures are transcribed from.</param>
/// <param name="Allegations">Allegations against people who work with children (LADO).</param>
/// <param name="PrivateFostering">Private fostering notifications.</param>
/// <param name="ChildDeaths">Child deaths and their reviews.</param>
/// <param name="ChildProtectionPlans">Children subject to a child protection plan.</param>
/// <param name="ChildSexualExploitation">CSE risk assessments, one entry per quarter reported.</param>
/// <param name="MashContacts">Contacts to the MASH.</param>
/// <param name="CommonAssessments">Early help common assessments.</param>
/// <param name="Training">Multi-agency training attendance.</param>
/// <param name="BoardAttendance">Attendance at board meetings.</param>
/// <param name="Budget">Budget contributions and spend.</param>
/// <param name="Inconsistencies">Where the document's own figures disagree.</param>
/// <param name="TranscriptionNotes">What the transcriber had to decide and what the document does not give; <c>null</c> when nothing.</param>
public sealed record AnnualReport(
    string Board,
    string Title,
    FinancialYear Year,
    SourceCitation Source,
    AllegationFigures Allegations,
    PrivateFosteringFigures PrivateFostering,
    ChildDeathReviewFigures ChildDeaths,
    ChildProtectionPlanFigures ChildProtectionPlans,
    IReadOnlyList<CseRiskAssessmentFigures> ChildSexualExploitation,
    MashContactFigures MashContacts,
    CommonAssessmentFigures CommonAssessments,
    TrainingFigures Training,
    BoardAttendanceFigures BoardAttendance,
    BudgetFigures Budget,
    IReadOnlyList<DocumentInconsistency> Inconsistencies,
    IReadOnlyList<string>? TranscriptionNotes = null)
{
    /// <summary>Gets the inconsistencies recorded for one field of one section.</summary>
    /// <param name="section">The section, such as "allegations".</param>
    /// <param name="field">The field, such as "publishedMonthlyAverage".</param>
    /// <returns>The recorded inconsistencies; empty when none.</returns>
    public IReadOnlyList<DocumentInconsistency> InconsistenciesFor(string section, string field) =>
        [.. Inconsistencies.Where(inconsistency =>
            string.Equals(inconsistency.Section, section, StringComparison.Ordinal)
            && string.Equals(inconsistency.Field, field, StringComparison.Ordinal))];

    /// <summary>Finds what is wrong with the figures, each problem with the JSON path of the field concerned.</summary>
    internal IReadOnlyList<(string Path, string Message)> FindProblems()
    {
        var problems = new List<(string Path, string Message)>();
        for (var i = 0; i < ChildProtectionPlans.Quarters.Count; i++)
        {
            var quarter = ChildProtectionPlans.Quarters[i].Quarter;
            if (quarter is < 1 or > 4)
            {
                problems.Add(($"$.childProtectionPlans.quarters[{i}].quarter", $"expected a quarter from 1 to 4, but found {quarter}"));
            }
        }
        for (var i = 0; i < ChildSexualExploitation.Count; i++)
        {
            var quarter = ChildSexualExploitation[i].Quarter;
            if (quarter is < 1 or > 4)
            {
                problems.Add(($"$.childSexualExploitation[{i}].quarter", $"expected a quarter from 1 to 4, but found {quarter}"));
            }
        }
        for (var i = 0; i < BoardAttendance.Agencies.Count; i++)
        {
            var count = BoardAttendance.Agencies[i].Attended.Count;
            if (count != BoardAttendance.Meetings.Count)
            {
                problems.Add(($"$.boardAttendance.agencies[{i}].attended", $"expected one entry per meeting ({BoardAttendance.Meetings.Count}), but found {count}"));
            }
        }
        string[] sections = ["allegations", "privateFostering", "childDeaths", "childProtectionPlans", "childSexualExploitation", "mashContacts", "commonAssessments", "training", "boardAttendance", "budget"];
        for (var i = 0; i < Inconsistencies.Count; i++)
        {
            if (!sections.Contains(Inconsistencies[i].Section, StringComparer.Ordinal))
            {
                problems.Add(($"$.inconsistencies[{i}].section", $"expected one of {string.Join(", ", sections.Select(section => $"\"{section}\""))}, but found \"{Inconsistencies[i].Section}\""));
            }
        }
        void NotNegative(decimal value, string path)
        {
            if (value < 0)
            {
                problems.Add((path, $"expected a count of zero or more, but found {value}"));
            }
        }
        NotNegative(Allegations.Allegations, "$.allegations.allegations");
        NotNegative(PrivateFostering.Notifications, "$.privateFostering.notifications");
        NotNegative(ChildDeaths.Deaths, "$.childDeaths.deaths");
        NotNegative(ChildDeaths.AwaitingReview, "$.childDeaths.awaitingReview");
        if (ChildDeaths.AwaitingReview > ChildDeaths.Deaths)
        {
            problems.Add(("$.childDeaths.awaitingReview", $"expected no more deaths awaiting review than deaths ({ChildDeaths.Deaths}), but found {ChildDeaths.AwaitingReview}"));
        }
        for (var i = 0; i < ChildProtectionPlans.Quarters.Count; i++)
        {
            var categories = ChildProtectionPlans.Quarters[i].Categories;
            for (var j = 0; j < categories.Count; j++)
            {
                NotNegative(categories[j].Count, $"$.childProtectionPlans.quarters[{i}].categories[{j}].count");
            }
        }
        for (var i = 0; i < ChildSexualExploitation.Count; i++)
        {
            var rows = ChildSexualExploitation[i].ByAgeAndGender;
            for (var j = 0; j < rows.Count; j++)
            {
                NotNegative(rows[j].Male, $"$.childSexualExploitation[{i}].byAgeAndGender[{j}].male");
                NotNegative(rows[j].Female, $"$.childSexualExploitation[{i}].byAgeAndGender[{j}].female");
            }
        }
        for (var i = 0; i < Training.Courses.Count; i++)
        {
            NotNegative(Training.Courses[i].Attendees, $"$.training.courses[{i}].attendees");
        }
        if (Allegations.MeanOverYearsCount < 1)
        {
            problems.Add(("$.allegations.meanOverYearsCount", $"expected at least 1 year, but found {Allegations.MeanOverYearsCount}"));
        }
        // Totals and percentages are computed from these, so each must stay within range.
        if (Training.Courses.Sum(course => (long)course.Attendees) > int.MaxValue)
        {
            problems.Add(("$.training.courses", $"expected the attendees to add up to no more than {int.MaxValue}"));
        }
        for (var i = 0; i < ChildProtectionPlans.Quarters.Count; i++)
        {
            var total = ChildProtectionPlans.Quarters[i].Categories.Sum(category => (long)category.Count);
            if (total > int.MaxValue)
            {
                problems.Add(($"$.childProtectionPlans.quarters[{i}].categories", $"expected the counts to add up to no more than {int.MaxValue}"));
            }
            else if (total == 0 && ChildProtectionPlans.Quarters[i].Categories.Count > 0)
            {
                problems.Add(($"$.childProtectionPlans.quarters[{i}].categories", "expected at least one child in the quarter's categories, to take each category's share of"));
            }
        }
        for (var i = 0; i < ChildSexualExploitation.Count; i++)
        {
            var figures = ChildSexualExploitation[i];
            if (figures.ByAgeAndGender.Sum(row => (long)row.Male + row.Female) > int.MaxValue || (long)figures.LowOrMediumRisk + figures.HighRisk > int.MaxValue)
            {
                problems.Add(($"$.childSexualExploitation[{i}]", $"expected the counts to add up to no more than {int.MaxValue}"));
            }
        }
        if (ChildDeaths.AwaitingReviewReasons.Sum(reason => (long)reason.Count) > int.MaxValue)
        {
            problems.Add(("$.childDeaths.awaitingReviewReasons", $"expected the counts to add up to no more than {int.MaxValue}"));
        }
        if (BoardAttendance.Meetings.Count == 0 || BoardAttendance.Agencies.Count == 0)
        {
            problems.Add(("$.boardAttendance", "expected at least one meeting and one agency, to take the attendance percentage of"));
        }
        void InRange(decimal value, string path)
        {
            if (!Import.DataFileNumbers.IsInRange(value))
            {
                problems.Add((path, $"expected {Import.DataFileNumbers.Describe}, but found {value}"));
            }
        }
        for (var i = 0; i < Budget.Contributions.Count; i++)
        {
            InRange(Budget.Contributions[i].Amount, $"$.budget.contributions[{i}].amount");
        }
        for (var i = 0; i < Budget.Expenditure.Count; i++)
        {
            InRange(Budget.Expenditure[i].Amount, $"$.budget.expenditure[{i}].amount");
        }
        if (Budget.Contributions.Count > 0 && Budget.Contributions.All(line => Import.DataFileNumbers.IsInRange(line.Amount)) && Budget.Contributions.Sum(line => line.Amount) <= 0)
        {
            problems.Add(("$.budget.contributions", "expected the contributions to add up to more than zero, to take each one's share of"));
        }
        InRange(Budget.PublishedTotalBudget, "$.budget.publishedTotalBudget");
        InRange(Budget.PublishedTotalExpenditure, "$.budget.publishedTotalExpenditure");
        InRange(Allegations.PublishedMeanOverYears, "$.allegations.publishedMeanOverYears");
        InRange(Allegations.PublishedMonthlyAverage, "$.allegations.publishedMonthlyAverage");
        InRange(Allegations.Timeliness.ResolvedWithinOneMonthPercent, "$.allegations.timeliness.resolvedWithinOneMonthPercent");
        InRange(Allegations.Timeliness.ResolvedWithinOneToThreeMonthsPercent, "$.allegations.timeliness.resolvedWithinOneToThreeMonthsPercent");
        InRange(Allegations.Timeliness.OpenLongerThanThreeMonthsPercent, "$.allegations.timeliness.openLongerThanThreeMonthsPercent");
        InRange(Allegations.Timeliness.ExpectedWithinOneMonthPercent, "$.allegations.timeliness.expectedWithinOneMonthPercent");
        InRange(Allegations.Timeliness.ExpectedWithinThreeMonthsPercent, "$.allegations.timeliness.expectedWithinThreeMonthsPercent");
        if (CommonAssessments.New < 1)
        {
            problems.Add(("$.commonAssessments.new", $"expected at least one new common assessment to take the step-down share of, but found {CommonAssessments.New}"));
        }
        return problems;
    }
}
