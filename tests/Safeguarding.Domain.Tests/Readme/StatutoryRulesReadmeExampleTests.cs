using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.Readme;

/// <summary>The README's examples for private fostering, the LADO and working days say what the code does.</summary>
public class StatutoryRulesReadmeExampleTests
{
    [Fact]
    public void The_private_fostering_example()
    {
        var dateOfBirth = new LocalDate(2012, 5, 1);
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2026-014"), dateOfBirth, new LocalDate(2026, 4, 2))
        {
            CarerRelationship = CarerRelationship.GreatUncleOrGreatAunt,
            IntendedEnd = new LocalDate(2026, 7, 20),
            AuthorityAwareOn = new LocalDate(2026, 4, 2),
        };

        var assessment = PrivateFosteringRules.Assess(arrangement, asAt: new LocalDate(2026, 4, 10));
        var visits = VisitSchedule.Assess(arrangement, [], new LocalDate(2026, 4, 10));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.NotEmpty(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 10)));
        Assert.Equal(new LocalDate(2026, 4, 15), visits.NextVisitDueBy);
        Assert.True(UsualFosteringLimit.Check(4, allSiblings: true).IsPermitted);
        Assert.DoesNotContain("2012", assessment.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_harm_test_example()
    {
        var test = HarmTest.Assess(new LocalDate(2026, 12, 24), [HarmTestLimb.MayNotBeSuitableToWorkWithChildren]);

        Assert.True(test.MeetsTest);
        Assert.Equal(new LocalDate(2026, 12, 29), test.ReferralDueBy);
    }

    [Fact]
    public void The_working_days_example()
    {
        var calendar = new WorkingDayCalendar(localClosureDays: [new LocalDate(2026, 12, 29)]);

        Assert.Equal(10, EnglandAndWalesBankHolidays.For(2022).Count);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 12, 28)));
        Assert.Equal(new LocalDate(2027, 1, 7), calendar.AddWorkingDays(new LocalDate(2026, 12, 23), 7));
        Assert.Equal(7, calendar.WorkingDaysBetween(new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 15)));
    }

    [Fact]
    public void The_rules_in_time_and_local_targets_example()
    {
        var ours = new LadoTimelinessTarget("Example Safeguarding Partnership", "agreed by the partners, March 2024",
            new LocalDate(2024, 4, 1), inForceTo: null, new SourceCitation("Partnership minutes, March 2024"))
        {
            WithinOneMonth = 0.6m,
            WithinThreeMonths = 0.85m,
            AllButExceptionalWithinTwelveMonths = true,
        };
        AllegationCase[] cases = [new(new CaseReference("LADO-2024-001"), new LocalDate(2024, 5, 1)) { ClosedOn = new LocalDate(2024, 5, 20) }];

        var year = AllegationAnnualFigures.For(cases, new FinancialYear(2024), new LocalDate(2025, 6, 30), targets: [ours]);

        Assert.Equal(TimelinessRating.Meets, year.WithinOneMonth.Rating);
        Assert.StartsWith("60%, Example Safeguarding Partnership's local target (agreed by the partners, March 2024)", year.WithinOneMonth.Target, StringComparison.Ordinal);
        Assert.Equal(3, HarmTest.RuleSets.Count);
        Assert.Equal(new LocalDate(2005, 12, 5), Assert.Single(PrivateFosteringRules.RuleSets).InForceFrom);
        Assert.Equal(new LocalDate(2005, 7, 1), Assert.Single(PrivateFosteringNotifications.RuleSets).InForceFrom);
    }

    [Fact]
    public void The_low_level_concern_and_grace_period_examples()
    {
        var concern = HarmTest.Assess(new LocalDate(2026, 11, 23), []);
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2026-015"), new LocalDate(2014, 1, 1), new LocalDate(2026, 3, 2)) { NotifiedOn = new LocalDate(2026, 3, 4) };

        var check = PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 1), new LocalGracePeriod(Period.FromDays(2), "Our procedure: 48 hours"))[0];

        Assert.Equal(HarmTestFinding.LowLevelConcern, concern.Finding);
        Assert.Null(concern.ReferralDueBy);
        Assert.Equal((new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 4), false), (check.StatutoryDueBy, check.DueBy, check.IsLate));
        Assert.False(EmployerRecordGuidance.For(AllegationOutcome.Unfounded).MayBeIncludedInReferences);
        Assert.True(EmployerRecordGuidance.For(AllegationOutcome.Malicious).RemovedFromPersonnelRecords);
    }
}
