using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>
/// The figures of 003_2b82dd704ae0436e.txt (HSCB Annual Report 2015-16) as data: computed figures
/// are compared with the published ones, allowing for the document's rounding.
/// </summary>
public class HscbAnnualReport2015To16Tests
{
    private static readonly AnnualReport Report = AnnualReportReader.ReadFile(ThresholdSeedFiles.AnnualReport);

    public static TheoryData<int, string> ChildProtectionCategories
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var quarter in Report.ChildProtectionPlans.Quarters)
            {
                foreach (var category in quarter.Categories)
                {
                    data.Add(quarter.Quarter, category.Category);
                }
            }
            return data;
        }
    }

    [Fact]
    public void Report_loads_for_2015_16()
    {
        Assert.Equal(new FinancialYear(2015), Report.Year);
        Assert.Equal("003_2b82dd704ae0436e.txt", Report.Source.Document);
    }

    [Fact]
    public void Allegations_fell_from_175_to_117()
    {
        Assert.Equal(117, Report.Allegations.Allegations);
        Assert.Equal(175, Report.Allegations.PreviousYearAllegations);
        Assert.Equal(-33.1m, Math.Round(Report.Allegations.ChangeFromPreviousYearPercent!.Value, 1));
    }

    [Fact]
    public void Recorded_inconsistency_117_allegations_are_not_9_5_a_month()
    {
        Assert.Equal(9.75m, Report.Allegations.MonthlyAverage);
        Assert.False(PublishedFigures.AgreesWithinRounding(Report.Allegations.MonthlyAverage, Report.Allegations.PublishedMonthlyAverage));
        Assert.Single(Report.InconsistenciesFor("allegations", "publishedMonthlyAverage"));
    }

    [Fact]
    public void Allegation_timeliness_is_published_as_percentages_only_and_its_bands_add_up_to_100()
    {
        var timeliness = Report.Allegations.Timeliness;

        Assert.True(timeliness.PublishedAsPercentagesOnly);
        Assert.Equal(100m, timeliness.TotalPercent);
    }

    [Fact]
    public void Allegation_timeliness_fell_short_of_Working_Together_at_one_and_three_months()
    {
        var timeliness = Report.Allegations.Timeliness;

        Assert.Equal(58m, timeliness.ResolvedWithinThreeMonthsPercent);
        Assert.False(timeliness.MetOneMonthExpectation);
        Assert.False(timeliness.MetThreeMonthExpectation);
    }

    [Fact]
    public void The_boards_2015_16_target_is_the_one_the_report_states_and_says_whose_it_is()
    {
        var timeliness = Report.Allegations.Timeliness;
        var target = Safeguarding.Domain.Allegations.LadoTimelinessTarget.Herefordshire2015To16;

        Assert.Equal(timeliness.ExpectedWithinOneMonthPercent, target.WithinOneMonth * 100m);
        Assert.Equal(timeliness.ExpectedWithinThreeMonthsPercent, target.WithinThreeMonths * 100m);
        Assert.True(target.Period.IsInForceOn(Report.Year.Start) && target.Period.IsInForceOn(Report.Year.End));
        Assert.Contains("Working Together 2015", timeliness.TargetSetBy, StringComparison.Ordinal);
        Assert.Contains("Working Together 2015 sets the expectation", target.Period.Source.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_private_fostering_arrangements_were_notified()
    {
        Assert.Equal(3, Report.PrivateFostering.Notifications);
    }

    [Fact]
    public void Child_deaths_awaiting_review_match_their_reasons()
    {
        var deaths = Report.ChildDeaths;

        Assert.Equal(14, deaths.Deaths);
        Assert.Equal(9, deaths.Reviewed);
        Assert.Equal(deaths.AwaitingReview, deaths.AwaitingReviewByReason);
    }

    [Theory]
    [MemberData(nameof(ChildProtectionCategories))]
    public void Child_protection_plan_shares_computed_from_the_counts_match_the_published_percentages(int quarter, string category)
    {
        var figures = Report.ChildProtectionPlans.Quarters.Single(candidate => candidate.Quarter == quarter);
        var published = figures.Categories.Single(candidate => candidate.Category == category).PublishedPercent!.Value;

        var computed = figures.PercentOf(category);

        Assert.True(PublishedFigures.AgreesWithinRounding(computed, published), $"Q{quarter} {category}: computed {computed:0.00}%, published {published}%");
    }

    [Fact]
    public void Children_subject_to_a_plan_at_the_end_of_each_quarter_are_the_sum_of_the_categories()
    {
        Assert.Equal([194, 243, 274, 231], Report.ChildProtectionPlans.Quarters.Select(quarter => quarter.Total));
    }

    [Fact]
    public void Sexual_abuse_outnumbers_physical_abuse_in_every_quarter_but_the_fourth_as_the_report_says()
    {
        var sexualAbuseAhead = Report.ChildProtectionPlans.Quarters.Select(quarter =>
            quarter.Categories.Single(category => category.Category == "Sexual Abuse").Count
            > quarter.Categories.Single(category => category.Category == "Physical Abuse").Count);

        Assert.Equal([true, true, true, false], sexualAbuseAhead);
    }

    [Fact]
    public void Second_or_subsequent_plans_and_plans_over_twelve_months_are_published_as_percentages_only()
    {
        Assert.True(Report.ChildProtectionPlans.SecondOrSubsequentPlans!.PublishedAsPercentagesOnly);
        Assert.Equal("below", Report.ChildProtectionPlans.SecondOrSubsequentPlans.Qualifier);
        Assert.True(Report.ChildProtectionPlans.PlansOverTwelveMonths!.PublishedAsPercentagesOnly);
    }

    [Fact]
    public void CSE_age_and_gender_tables_add_up_to_the_published_number_of_assessments()
    {
        Assert.All(Report.ChildSexualExploitation, figures => Assert.Equal(figures.Completed, figures.TotalByAgeAndGender));
    }

    [Fact]
    public void CSE_assessments_in_the_fourth_quarter_were_3_boys_and_29_girls()
    {
        var latest = Report.ChildSexualExploitation.Single(figures => figures.FinancialQuarter == new FinancialQuarter(new FinancialYear(2015), 4));

        Assert.Equal((3, 29), (latest.Male, latest.Female));
    }

    [Fact]
    public void CSE_risk_levels_add_up_to_the_assessments_in_2014_15()
    {
        var previous = Report.ChildSexualExploitation.Single(figures => figures.Year == new FinancialYear(2014));

        Assert.Equal(previous.Completed, previous.TotalByRisk);
    }

    [Fact]
    public void Recorded_inconsistency_CSE_risk_levels_in_2015_16_account_for_30_of_32_assessments()
    {
        var latest = Report.ChildSexualExploitation.Single(figures => figures.Year == new FinancialYear(2015));

        Assert.Equal(30, latest.TotalByRisk);
        Assert.NotEqual(latest.Completed, latest.TotalByRisk);
        Assert.Single(Report.InconsistenciesFor("childSexualExploitation", "lowOrMediumRisk"));
    }

    [Fact]
    public void MASH_contacts_are_published_as_percentages_only()
    {
        Assert.True(Report.MashContacts.PublishedAsPercentagesOnly);
        Assert.Equal(42.6m, Report.MashContacts.ContactsProgressingToReferralPercent);
    }

    [Fact]
    public void Stepped_down_share_of_new_common_assessments_matches_the_published_49_percent()
    {
        var assessments = Report.CommonAssessments;

        Assert.True(PublishedFigures.AgreesWithinRounding(assessments.SteppedDownPercent, assessments.PublishedSteppedDownPercent));
    }

    [Fact]
    public void Training_attendance_totals_530_on_courses_and_forums()
    {
        Assert.Equal(7, Report.Training.Courses.Count);
        Assert.Equal(530, Report.Training.CourseAttendees);
        Assert.Equal(412, Report.Training.ELearningProfessionals);
    }

    [Fact]
    public void Board_attendance_has_fifteen_agencies_at_four_meetings()
    {
        var attendance = Report.BoardAttendance;

        Assert.Equal(4, attendance.Meetings.Count);
        Assert.Equal(15, attendance.Agencies.Count);
        Assert.Equal([11, 15, 14, 14], attendance.AttendeesPerMeeting);
        Assert.Equal(11, attendance.AttendedEveryMeeting.Count);
    }

    [Fact]
    public void National_Probation_Service_attended_two_of_the_four_meetings()
    {
        var probation = Report.BoardAttendance.Agencies.Single(agency => agency.Agency == "National Probation Service");

        Assert.Equal(2, probation.MeetingsAttended);
    }

    [Fact]
    public void Budget_contributions_add_up_to_the_published_total_gross_budget()
    {
        Assert.Equal(Report.Budget.PublishedTotalBudget, Report.Budget.TotalContributions);
    }

    [Fact]
    public void Budget_expenditure_net_of_income_adds_up_to_the_published_total()
    {
        Assert.Equal(Report.Budget.PublishedTotalExpenditure, Report.Budget.TotalExpenditure);
    }

    [Fact]
    public void Every_recorded_inconsistency_names_a_section_and_field_of_the_file()
    {
        Assert.Equal(2, Report.Inconsistencies.Count);
        Assert.All(Report.Inconsistencies, inconsistency => Assert.False(string.IsNullOrWhiteSpace(inconsistency.Description)));
    }
}
