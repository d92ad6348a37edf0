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
}
