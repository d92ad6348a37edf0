using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Domain.Reporting;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class PrivateFosteringAnnualFiguresTests
{
    private static readonly FinancialYear Year2015 = new(2015);
    private static readonly LocalDate AfterTheYear = new(2016, 6, 30);

    private static PrivateFosteringRecord Record(string reference, LocalDate start, LocalDate? notified = null, LocalDate? end = null,
        CarerRelationship carer = CarerRelationship.FamilyFriend, LocalDate? dateOfBirth = null, params PrivateFosteringVisit[] visits) =>
        new(new PrivateFosteringArrangement(new CaseReference(reference), dateOfBirth ?? new LocalDate(2004, 9, 1), start)
        {
            NotifiedOn = notified ?? start,
            AuthorityAwareOn = notified ?? start,
            End = end,
            CarerRelationship = carer,
        }, visits);

    private static PrivateFosteringVisit Visit(int year, int month, int day) => new(new LocalDate(year, month, day), true);

    [Fact]
    public void Three_arrangements_notified_in_2015_16_give_seed_003s_three_notifications()
    {
        var published = AnnualReportReader.ReadFile(Path.Combine(RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json")).PrivateFostering;
        PrivateFosteringRecord[] records =
        [
            Record("PF-2015-001", new LocalDate(2015, 5, 4)),
            Record("PF-2015-002", new LocalDate(2015, 9, 14)),
            Record("PF-2016-001", new LocalDate(2016, 3, 31)),
            Record("PF-2016-002", new LocalDate(2016, 4, 1)),
        ];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal(published.Notifications, figures.NotificationsReceived);
        Assert.Equal(3, figures.NewArrangements);
    }

    [Fact]
    public void A_notification_of_an_arrangement_that_is_not_private_fostering_counts_as_received_but_not_as_an_arrangement()
    {
        PrivateFosteringRecord[] records = [Record("PF-2015-001", new LocalDate(2015, 5, 4), carer: CarerRelationship.UncleOrAunt)];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal((1, 0, 0, 0), (figures.NotificationsReceived, figures.NewArrangements, figures.ArrangementsEnded, figures.PrivatelyFosteredAtEnd));
    }

    [Fact]
    public void An_arrangement_running_before_the_year_and_notified_in_it_is_a_notification_but_not_a_new_arrangement()
    {
        PrivateFosteringRecord[] records = [Record("PF-2015-001", new LocalDate(2015, 2, 1), notified: new LocalDate(2015, 4, 20))];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal((1, 0, 1, 1), (figures.NotificationsReceived, figures.NewArrangements, figures.PrivatelyFosteredAtEnd, figures.LateNotifications));
    }

    [Fact]
    public void Arrangements_ending_on_31_March_count_in_the_year_and_on_1_April_in_the_next()
    {
        PrivateFosteringRecord[] records =
        [
            Record("PF-2015-001", new LocalDate(2015, 5, 4), end: new LocalDate(2016, 3, 31)),
            Record("PF-2015-002", new LocalDate(2015, 5, 4), end: new LocalDate(2016, 4, 1)),
        ];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal((1, 1), (figures.ArrangementsEnded, figures.PrivatelyFosteredAtEnd));
    }

    [Fact]
    public void A_child_born_on_29_February_turns_sixteen_on_29_February_2016_and_stops_being_privately_fostered_that_year()
    {
        PrivateFosteringRecord[] records = [Record("PF-2015-001", new LocalDate(2015, 5, 4), dateOfBirth: new LocalDate(2000, 2, 29))];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal((1, 1, 1, 0), (figures.NewArrangements, figures.ArrangementsEnded, figures.EndedAtAgeLimit, figures.PrivatelyFosteredAtEnd));
    }

    [Fact]
    public void Visits_on_time_are_a_share_of_those_that_fell_due_in_the_year()
    {
        // Learnt of 1 March 2016: first visit due 10 March, made 9 March (on time); next due 20 April 2016, in the next year.
        // Learnt of 1 February 2016: first visit due 10 February, made 12 February (late); next due 25 March, not made: overdue.
        PrivateFosteringRecord[] records =
        [
            Record("PF-2016-001", new LocalDate(2016, 3, 1), visits: Visit(2016, 3, 9)),
            Record("PF-2016-002", new LocalDate(2016, 2, 1), visits: Visit(2016, 2, 12)),
        ];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, AfterTheYear);

        Assert.Equal(new VisitsOnTime(1, 3), figures.Visits);
        Assert.Equal(new VisitsOnTime(1, 2), figures.FirstVisits);
        Assert.Equal(33, figures.Visits.Percentage);
        Assert.Equal("1 of 3 on time (33%)", figures.Visits.ToString());
    }

    [Fact]
    public void A_visit_not_yet_due_on_the_date_of_the_figures_is_not_counted()
    {
        PrivateFosteringRecord[] records = [Record("PF-2016-001", new LocalDate(2016, 3, 1))];

        Assert.Equal(new VisitsOnTime(0, 0), PrivateFosteringAnnualFigures.For(records, Year2015, new LocalDate(2016, 3, 10)).Visits);
        Assert.Equal(new VisitsOnTime(0, 1), PrivateFosteringAnnualFigures.For(records, Year2015, new LocalDate(2016, 3, 11)).Visits);
        Assert.Null(PrivateFosteringAnnualFigures.For([], Year2015, AfterTheYear).Visits.Share);
    }

    [Fact]
    public void Figures_part_way_through_a_year_count_only_what_happened_by_then()
    {
        PrivateFosteringRecord[] records = [Record("PF-2015-001", new LocalDate(2015, 5, 4)), Record("PF-2015-002", new LocalDate(2015, 10, 1))];

        var figures = PrivateFosteringAnnualFigures.For(records, Year2015, new LocalDate(2015, 9, 30));

        Assert.Equal((1, 1, 1), (figures.NotificationsReceived, figures.NewArrangements, figures.PrivatelyFosteredAtEnd));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrivateFosteringAnnualFigures.For(records, Year2015, new LocalDate(2015, 3, 31)));
    }
}
