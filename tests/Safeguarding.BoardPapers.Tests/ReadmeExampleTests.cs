using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Tests.Shared;

namespace Safeguarding.BoardPapers.Tests;

/// <summary>The README section "Producing board papers": its example writes the four files it says.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_example_writes_the_exception_report_in_every_format()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        Assert.Contains("var paper = ExceptionReportPaper.Create(plan, new LocalDate(2009, 5, 31), ExceptionReportMode.AllDue);", readme, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("sg-papers-").FullName;
        try
        {
            // As in the README, with the files written to a folder of the test's own.
            var plan = PlanFileImporter.ImportFile(Path.Combine(RepositoryRoot.Seeds, "plans", "safeguarding-review-exception-report-2009-05.json"));
            var paper = ExceptionReportPaper.Create(plan, new LocalDate(2009, 5, 31), ExceptionReportMode.AllDue);
            using (var word = File.Create(Path.Combine(folder, paper.FileName(PaperFormat.Document))))
            {
                DocumentPaperWriter.Write(paper, word);
            }
            using (var excel = File.Create(Path.Combine(folder, paper.FileName(PaperFormat.Spreadsheet))))
            {
                SpreadsheetPaperWriter.Write(paper, excel);
            }
            using (var csv = File.Create(Path.Combine(folder, paper.FileName(PaperFormat.Csv))))
            {
                CsvPaperWriter.Write(paper, csv);
            }
            File.WriteAllText(Path.Combine(folder, paper.FileName(PaperFormat.Print)), PrintPaperWriter.Write(paper));

            const string stem = "safeguarding-review-exception-report-2009-05-actions-due-2009-05-31";
            Assert.Equal([$"{stem}.csv", $"{stem}.docx", $"{stem}.html", $"{stem}.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            // The print view stands alone: its stylesheet is inside the page.
            Assert.Contains("@page", File.ReadAllText(Path.Combine(folder, $"{stem}.html")), StringComparison.Ordinal);
            Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(folder, $"{stem}.csv")).Take(3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
