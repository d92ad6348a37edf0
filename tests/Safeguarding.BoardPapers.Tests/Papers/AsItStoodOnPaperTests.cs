using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Tests.Shared;

namespace Safeguarding.BoardPapers.Tests.Papers;

/// <summary>A paper produced "as it stood on" an instant leaves out what was recorded since, and says which instant in every format.</summary>
public class AsItStoodOnPaperTests
{
    private static readonly Instant PaperProduced = Instant.FromUtc(2014, 12, 1, 10, 0);
    private static readonly LocalDate AsAt = new(2014, 11, 30);

    [Fact]
    public void An_update_recorded_after_the_paper_was_produced_is_left_out_and_the_instant_is_said()
    {
        // A fresh copy of Herefordshire's plan: 4.1.5 is due "Nov 14" and led by the HSCB (seed 000).
        var plan = PlanFileImporter.ImportFile(Path.Combine(RepositoryRoot.Seeds, "plans", $"{SeedPapers.Herefordshire2014}.json"));
        var action = plan.FindAction("4.1.5")!;
        action.RecordProgress(new ProgressUpdate
        {
            AsAt = new LocalDate(2014, 11, 20),
            Statement = "Recorded after the paper: annual report delayed.",
            RecordedBy = new UpdateAuthor("bu-1", "Business Manager", null, BoardRole.BusinessUnit),
            RecordedAt = PaperProduced.Plus(Duration.FromDays(2)),
        });

        var then = ExceptionReportPaper.Create(plan, AsAt, ExceptionReportMode.AllDue, PaperProduced);
        var now = ExceptionReportPaper.Create(plan, AsAt, ExceptionReportMode.AllDue);

        Assert.DoesNotContain("annual report delayed", CsvPaperWriter.WriteToString(then), StringComparison.Ordinal);
        Assert.Contains("annual report delayed", CsvPaperWriter.WriteToString(now), StringComparison.Ordinal);
        Assert.Equal("1 December 2014 at 10:00", then.AsItStoodOnText);
        Assert.Contains("As it stood on", CsvPaperWriter.WriteToString(then).Split('\n')[0], StringComparison.Ordinal);
        Assert.EndsWith(",\"2014-12-01T10:00:00Z\"", CsvPaperWriter.WriteToString(then).Split('\n')[1].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains("<dt>As it stood on</dt><dd>1 December 2014 at 10:00 (UK time)", PrintPaperWriter.Write(then), StringComparison.Ordinal);
        Assert.EndsWith("as it stood on 1 December 2014 at 10:00", then.RunningHeader, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        SpreadsheetPaperWriter.Write(then, stream);
        Assert.Contains(OfficeReadBack.Cells(stream.ToArray()), cell => cell.Type == "date-time" && cell.Value == "2014-12-01 10:00");
    }

    [Fact]
    public void A_missing_figure_says_so_and_is_never_a_blank_or_a_zero()
    {
        var plan = new BusinessPlan
        {
            Key = "nothing-recorded",
            Board = new Board { Name = "Test Board", Agencies = [new Agency("West Mercia Police", "WMP", AgencySector.Police)] },
            Title = "A plan with nothing recorded",
            Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
            RagScheme = Safeguarding.Domain.Rag.BuiltInRagSchemes.Hscb2014,
            Priorities = [new Priority { Number = "1", Title = "Priority", DirectActions = [new PlanAction { Ref = "1.1", Action = "Audit", PriorityNumber = "1", Lead = new ActionLead("WMP", "West Mercia Police", null) }] }],
        };

        var returns = CsvPaperWriter.WriteToString(UpdatesDuePaper.Create(plan, AsAt)).Split('\n')[1];
        var actions = CsvPaperWriter.WriteToString(ActionPlanPaper.Create(plan, AsAt)).Split('\n')[1];

        Assert.Contains("\"No update yet\"", returns, StringComparison.Ordinal);
        Assert.Contains("\"None given\",\"No due date\",\"No update yet\",\"No update yet\",\"Not rated\",\"None recorded\"", actions, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_the_plan_does_not_name_is_refused_with_the_agencies_it_does()
    {
        var error = Assert.Throws<ArgumentException>(() => ActionPlanPaper.Create(SeedPapers.Plan(SeedPapers.Herefordshire2014), AsAt, "Wessex Police"));

        Assert.Equal("agency", error.ParamName);
        Assert.Contains("\"Wessex Police\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"West Mercia Police\"", error.Message, StringComparison.Ordinal);
    }
}
