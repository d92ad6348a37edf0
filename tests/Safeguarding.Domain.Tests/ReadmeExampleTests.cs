using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests;

/// <summary>The README's example does what the README says it prints.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_prints_the_exceptions_of_the_2009_plan()
    {
        var output = new StringWriter();

        // As in README.md, "Use it", with Console.WriteLine writing to `output`.
        var plan = PlanFileImporter.ImportFile(SeedFiles.PlanPath("safeguarding-review-exception-report-2009-05.json"));
        var report = ExceptionReport.Create(plan, new LocalDate(2009, 5, 31), ExceptionReportMode.ExceptionsOnly);

        output.WriteLine(report.Title);
        foreach (var group in report.Groups)
        {
            output.WriteLine(group.Heading);
            foreach (var line in group.Lines)
            {
                output.WriteLine($"  {line.Ref}  {line.RecordedRating ?? "(not rated)"}  {line.Assessment.Explanation}");
            }
        }

        var printed = output.ToString().Split(Environment.NewLine);
        var readme = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "README.md"));
        Assert.Equal("Exception Report – as at 31 May 2009", printed[0]);
        Assert.Equal("Actions to be completed by the end of February 2009", printed[1]);
        Assert.Contains(printed[2], readme, StringComparison.Ordinal);
    }
}
