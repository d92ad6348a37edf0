using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.TestPlans;

namespace Safeguarding.Domain.Tests.Rag;

/// <summary>
/// A plan's roll-ups are counted from an index of its actions kept by the plan (issue 12); these
/// check them against rolling up each action's own assessment, on every week of a year and more,
/// so that dates before, between and after updates, start dates, milestones, corrections,
/// staleness and contradictions are all crossed.
/// </summary>
public class PlanAssessmentRollUpTests
{
    private static readonly RagScheme Hscb = BuiltInRagSchemes.Hscb2014;
    private static readonly RagScheme FiveLevel = BuiltInRagSchemes.ImprovementPlan2012;

    private static BusinessPlan PlanWithAreas(RagScheme scheme, string green, string amber, string red)
    {
        PlanAction Many(string reference, string timescale) => Action(reference, timescale,
            Rated(scheme, new LocalDate(2014, 5, 31), green),
            Rated(scheme, new LocalDate(2014, 8, 31), amber),
            Rated(scheme, new LocalDate(2014, 12, 31), red));
        var corrected = Action("2.1", "Jan 15", Rated(scheme, new LocalDate(2014, 7, 31), green), Rated(scheme, new LocalDate(2014, 11, 30), green, markedComplete: true));
        corrected.RecordProgress(Rated(scheme, new LocalDate(2014, 12, 1), amber) with { Corrects = 2 });
        return new BusinessPlan
        {
            Key = "roll-up-plan",
            Board = new Board { Name = "Test Safeguarding Children Board", Agencies = [new Agency("Test Council", "TC", AgencySector.LocalAuthority)] },
            Title = "Roll-up plan",
            Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
            RagScheme = scheme,
            Priorities =
            [
                new Priority
                {
                    Number = "1",
                    Title = "First priority",
                    ActionAreas =
                    [
                        new ActionArea { Ref = "1.1", Title = "First area", Actions = [Many("1.1.1", "Oct 14"), Action("1.1.2", "Ongoing from January 2015"), Action("1.1.3", "TBC - awaiting the review")] },
                        new ActionArea
                        {
                            Ref = "1.2",
                            Title = "Second area",
                            Actions = [Action("1.2.1", "Oct 14 for Education Mar 15 for wider application",
                                Rated(scheme, new LocalDate(2014, 10, 31), green) with { MilestonesMet = [new LocalDate(2014, 10, 31)] })],
                        },
                        new ActionArea { Ref = "1.3", Title = "An area with no actions" },
                    ],
                    DirectActions = [Many("1.4", "Mar 15"), Action("1.5", "On-going", Rated(scheme, new LocalDate(2014, 6, 30), amber))],
                },
                new Priority
                {
                    Number = "2",
                    Title = "Second priority",
                    DirectActions = [corrected, Action("2.2", "Dec 14", Rated(scheme, new LocalDate(2014, 9, 30), green, markedComplete: true)), Action("2.3", "")],
                },
                new Priority { Number = "3", Title = "A priority with no actions" },
            ],
        };
    }

    public static TheoryData<string> Schemes => ["hscb", "five-level"];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Every_roll_up_counts_what_its_actions_own_assessments_say_on_any_date(string schemeName)
    {
        var plan = schemeName == "hscb" ? PlanWithAreas(Hscb, "G", "A", "R") : PlanWithAreas(FiveLevel, "GREEN", "AMBER", "RED");
        var options = new RagRuleOptions { RiskWindowDays = 45, ReportingCycleDays = 60 };

        for (var asAt = new LocalDate(2014, 3, 1); asAt <= new LocalDate(2015, 6, 30); asAt = asAt.PlusDays(7))
        {
            var assessment = RagRules.AssessPlan(plan, asAt, options);

            RagRollUp Expected(IEnumerable<PlanAction> actions) => new(actions.Select(action => RagRules.Assess(plan, action, asAt, options)));
            AssertSame(Expected(plan.Actions), assessment.Overall, $"the plan as at {asAt}");
            foreach (var priority in plan.Priorities)
            {
                AssertSame(Expected(priority.Actions), assessment.Priorities[priority.Number], $"priority {priority.Number} as at {asAt}");
            }
            foreach (var area in plan.ActionAreas)
            {
                AssertSame(Expected(area.Actions), assessment.ActionAreas[area.Ref], $"action area {area.Ref} as at {asAt}");
            }
        }
    }

    [Fact]
    public void The_roll_ups_cross_every_rule()
    {
        var plan = PlanWithAreas(Hscb, "G", "A", "R");
        var seen = new HashSet<RagRating>();
        int overdue = 0, stale = 0, contradicted = 0;

        for (var asAt = new LocalDate(2014, 3, 1); asAt <= new LocalDate(2015, 6, 30); asAt = asAt.PlusDays(7))
        {
            var overall = RagRules.AssessPlan(plan, asAt).Overall;
            seen.UnionWith(overall.Counts.Where(pair => pair.Value > 0).Select(pair => pair.Key));
            (overdue, stale, contradicted) = (overdue + overall.Overdue, stale + overall.Stale, contradicted + overall.Contradicted);
        }

        Assert.Equal(Enum.GetValues<RagRating>().ToHashSet(), seen);
        Assert.True(overdue > 0 && stale > 0 && contradicted > 0, $"Expected overdue, stale and contradicted actions, but found {overdue}, {stale} and {contradicted}.");
    }

    private static void AssertSame(RagRollUp expected, RagRollUp actual, string what)
    {
        Assert.True(
            expected.Counts.OrderBy(pair => pair.Key).SequenceEqual(actual.Counts.OrderBy(pair => pair.Key))
                && (expected.Rating, expected.Total, expected.Overdue, expected.Stale, expected.Contradicted) == (actual.Rating, actual.Total, actual.Overdue, actual.Stale, actual.Contradicted),
            $"Expected {what} to roll up as {expected.Explanation} ({expected.Overdue} overdue, {expected.Stale} stale, {expected.Contradicted} contradicted), but it rolls up as {actual.Explanation} ({actual.Overdue} overdue, {actual.Stale} stale, {actual.Contradicted} contradicted).");
    }
}
