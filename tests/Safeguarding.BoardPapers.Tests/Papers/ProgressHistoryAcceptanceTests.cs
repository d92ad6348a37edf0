using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.BoardPapers.Tests.Papers;

/// <summary>
/// On a board that requires the business unit to accept progress updates, an action's progress
/// history lists every update but says which the board accepted: one awaiting acceptance or returned
/// is never shown as if it stood.
/// </summary>
public class ProgressHistoryAcceptanceTests
{
    private static readonly LocalDate AsAt = new(2014, 11, 30);
    private static readonly UpdateAuthor Lead = new("lead-1", "Carys Lloyd", "Herefordshire Council", BoardRole.AgencyLead);
    private static readonly UpdateAuthor BusinessUnit = new("bu-1", "Bernie Marsh", null, BoardRole.BusinessUnit);
    private static readonly Instant Recorded = Instant.FromUtc(2014, 11, 3, 9, 0);

    [Fact]
    public void Each_update_s_status_says_whether_the_board_accepted_it()
    {
        var plan = PlanWithThreeUpdates(requiresAcceptance: true);

        var rows = Statuses(ProgressHistoryPaper.Create(plan, "1.1", AsAt));

        Assert.Equal(
        [
            ("Imported audit.", "Stands"),
            ("Accepted audit.", "Accepted by Bernie Marsh on 3 November 2014 at 11:00"),
            ("Returned audit.", "Returned by Bernie Marsh on 3 November 2014 at 11:00: No evidence attached\nNot counted in board reports"),
            ("Pending audit.", "Awaiting acceptance by the business unit: not counted in board reports"),
        ], rows);
        Assert.Contains(ProgressHistoryPaper.Create(plan, "1.1", AsAt).Notes, note => note.Contains("once the business unit accepts it", StringComparison.Ordinal));
    }

    [Fact]
    public void As_it_stood_before_the_review_an_accepted_update_was_still_awaiting_acceptance()
    {
        var plan = PlanWithThreeUpdates(requiresAcceptance: true);

        var rows = Statuses(ProgressHistoryPaper.Create(plan, "1.1", AsAt, Recorded.Plus(Duration.FromHours(1))));

        Assert.Equal("Awaiting acceptance by the business unit: not counted in board reports", rows[1].Status);
    }

    [Fact]
    public void On_a_board_that_does_not_require_acceptance_every_update_stands()
    {
        var plan = PlanWithThreeUpdates(requiresAcceptance: false);

        var rows = Statuses(ProgressHistoryPaper.Create(plan, "1.1", AsAt));

        Assert.All(rows, row => Assert.Equal("Stands", row.Status));
        Assert.DoesNotContain(ProgressHistoryPaper.Create(plan, "1.1", AsAt).Notes, note => note.Contains("accepts", StringComparison.Ordinal));
    }

    // The statement and status of each row, read back from the CSV a board would open.
    private static List<(string Statement, string Status)> Statuses(BoardPaper paper)
    {
        var statement = paper.Columns.ToList().FindIndex(column => column.Heading == "Progress statement");
        var status = paper.Columns.ToList().FindIndex(column => column.Heading == "Status");
        Assert.Contains("\"Status\"", CsvPaperWriter.WriteToString(paper).Split('\n')[0], StringComparison.Ordinal);
        return [.. paper.Groups.Single().Rows.Select(row => (row.Cells[statement].ToPlainText(), row.Cells[status].ToPlainText()))];
    }

    private static BusinessPlan PlanWithThreeUpdates(bool requiresAcceptance)
    {
        var action = new PlanAction { Ref = "1.1", Action = "Audit", PriorityNumber = "1", Lead = new ActionLead("Herefordshire Council", "Herefordshire Council", null) };
        var plan = new BusinessPlan
        {
            Key = "acceptance",
            Board = new Board { Name = "Test Board", Agencies = [new Agency("Herefordshire Council", "HC", AgencySector.LocalAuthority)] },
            Title = "A plan",
            Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
            RagScheme = BuiltInRagSchemes.Hscb2014,
            RequiresAcceptance = requiresAcceptance,
            Priorities = [new Priority { Number = "1", Title = "Priority", DirectActions = [action] }],
        };
        action.RecordProgress(new ProgressUpdate { AsAt = new LocalDate(2014, 6, 30), Statement = "Imported audit." });
        foreach (var (statement, day) in new[] { ("Accepted audit.", 1), ("Returned audit.", 2), ("Pending audit.", 3) })
        {
            action.RecordProgress(new ProgressUpdate { AsAt = new LocalDate(2014, 10, day), Statement = statement, RecordedBy = Lead, RecordedAt = Recorded });
        }
        if (requiresAcceptance)
        {
            Assert.True(action.Review(2, ReviewOutcome.Accepted, null, BusinessUnit, Recorded.Plus(Duration.FromHours(2))).IsStored);
            Assert.True(action.Review(3, ReviewOutcome.Returned, "No evidence attached", BusinessUnit, Recorded.Plus(Duration.FromHours(2))).IsStored);
        }
        return plan;
    }
}
