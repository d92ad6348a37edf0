using System.Globalization;
using System.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class AsItStoodOnTests
{
    private static readonly LocalDate PaperAsAt = new(2014, 11, 30);

    // 4.1.5 of seed 000 is due "Nov 14" (30 November 2014) and led by the HSCB.
    private const string ActionRef = "4.1.5";

    private static readonly Instant UpdateRecorded = Instant.FromUtc(2014, 11, 28, 9, 0);
    private static readonly Instant PaperProduced = Instant.FromUtc(2014, 12, 1, 10, 0);
    private static readonly Instant CorrectionRecorded = Instant.FromUtc(2014, 12, 3, 16, 30);

    [Fact]
    public void A_board_paper_is_reproduced_exactly_after_a_later_correction_dated_earlier()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        action.Recorded(plan, Submission(action, new LocalDate(2014, 11, 28), "G", BusinessManager, UpdateRecorded) with
        {
            Statement = "Annual report drafted; on target for the November board.",
            Today = new LocalDate(2014, 11, 28),
        });
        var paper = BoardPaper(plan);
        // Due 30 November: on its due date it is not overdue, and rated green it is not an amber risk.
        Assert.Equal(RagRating.Green, RagRules.Assess(plan, action, PaperAsAt).Rating);
        Assert.DoesNotContain($"Exceptions|{ActionRef}|", paper, StringComparison.Ordinal);

        // Three days after the paper, the business unit corrects it: as at an earlier date, amber.
        action.Recorded(plan, Submission(action, new LocalDate(2014, 11, 20), "A", BusinessManager, CorrectionRecorded) with
        {
            Statement = "Annual report delayed: health data not yet received.",
            Corrects = 2,
            Today = new LocalDate(2014, 12, 3),
        });
        Assert.Equal(RagRating.Amber, RagRules.Assess(plan, action, PaperAsAt).Rating);
        Assert.NotEqual(paper, BoardPaper(plan));
        Assert.Contains($"Exceptions|{ActionRef}|", BoardPaper(plan), StringComparison.Ordinal);

        var asItStood = plan.AsItStoodOn(PaperProduced);

        Assert.Equal(paper, BoardPaper(asItStood));
        Assert.Equal(RagRating.Green, RagRules.Assess(asItStood, asItStood.FindAction(ActionRef)!, PaperAsAt).Rating);
        Assert.Equal(2, asItStood.FindAction(ActionRef)!.Version);
        Assert.Equal(3, action.Version);
    }

    [Fact]
    public void An_update_counts_from_the_instant_it_was_recorded_and_imported_updates_always_count()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        var update = action.Recorded(plan, Submission(action, new LocalDate(2014, 11, 28), "G", BusinessManager, UpdateRecorded) with { Today = new LocalDate(2014, 11, 28) });

        var before = plan.AsItStoodOn(UpdateRecorded - Duration.FromMilliseconds(1)).FindAction(ActionRef)!;
        var at = plan.AsItStoodOn(UpdateRecorded).FindAction(ActionRef)!;

        Assert.Equal([1], before.Progress.Select(progress => progress.Number));
        Assert.Null(before.Progress[0].RecordedAt);
        Assert.Equal([action.Progress[0], update], at.Progress);
    }

    [Fact]
    public void Views_of_the_history_are_read_only()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var view = plan.AsItStoodOn(PaperProduced);
        var action = view.FindAction(ActionRef)!;
        var accepted = plan.ForBoardReports();
        Assert.Same(plan, accepted);
        var acceptedOnly = plan.FindAction(ActionRef)!.WithAcceptedProgressOnly();

        Assert.Throws<InvalidOperationException>(() => action.Record(view, Submission(action, PaperAsAt)));
        Assert.Throws<InvalidOperationException>(() => action.RecordProgress(new ProgressUpdate { AsAt = PaperAsAt }));
        Assert.Throws<InvalidOperationException>(() => action.Review(1, ReviewOutcome.Accepted, null, BusinessManager, PaperProduced));
        Assert.Throws<InvalidOperationException>(() => acceptedOnly.Record(plan, Submission(acceptedOnly, PaperAsAt)));
        Assert.Equal(1, plan.FindAction(ActionRef)!.Version);
    }

    /// <summary>What a board paper shows: the exception report, every action due, and the plan's roll-up.</summary>
    private static string BoardPaper(BusinessPlan plan)
    {
        var text = new StringBuilder();
        foreach (var mode in new[] { ExceptionReportMode.ExceptionsOnly, ExceptionReportMode.AllDue })
        {
            var report = ExceptionReport.Create(plan, PaperAsAt, mode);
            text.AppendLine(report.Title);
            foreach (var group in report.Groups)
            {
                text.AppendLine(group.Heading);
                foreach (var line in group.Lines)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"{(mode == ExceptionReportMode.ExceptionsOnly ? "Exceptions" : "Due")}|{line.Ref}|{line.Lead}|{line.Progress}|{line.RecordedRating}|{line.Rating}|{line.Assessment.Explanation}");
                }
            }
        }
        var assessment = RagRules.AssessPlan(plan, PaperAsAt);
        text.AppendLine(CultureInfo.InvariantCulture, $"Overall {assessment.Overall.Rating}: {string.Join(", ", assessment.Overall.Counts.Select(count => $"{count.Key} {count.Value}"))}");
        return text.ToString();
    }
}
