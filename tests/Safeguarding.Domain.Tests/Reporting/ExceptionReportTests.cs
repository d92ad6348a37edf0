using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public class ExceptionReportTests
{
    private static readonly LocalDate ThirtyFirstMay2009 = new(2009, 5, 31);

    [Fact]
    public void The_2009_report_groups_its_rows_under_February_March_and_April()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);

        var report = ExceptionReport.Create(plan, ThirtyFirstMay2009, ExceptionReportMode.AllDue);

        Assert.Equal(
            ["Actions to be completed by the end of February 2009", "Actions to be completed by the end of March 2009", "Actions to be completed by the end of April 2009"],
            report.Groups.Select(group => group.Heading));
        Assert.Equal([3, 9, 16], report.Groups.Select(group => group.Lines.Count));
        Assert.Equal(["3.2 / 3.7", "3.4", "4.9"], report.Groups[0].Lines.Select(line => line.Ref));
    }

    [Fact]
    public void The_2009_report_keeps_the_triangle_of_4_12()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);

        var line = ExceptionReport.Create(plan, ThirtyFirstMay2009, ExceptionReportMode.AllDue)
            .Groups.SelectMany(group => group.Lines).Single(line => line.Ref == "4.12");

        Assert.Equal("▲", line.RecordedRating);
        Assert.Equal(RagRating.Red, line.Rating);
        Assert.Equal("Head of Safeguarding and Vulnerable Children", line.Lead);
        Assert.NotNull(line.Progress);
    }

    [Fact]
    public void Exceptions_only_leaves_out_completed_rows()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);

        var all = ExceptionReport.Create(plan, ThirtyFirstMay2009, ExceptionReportMode.AllDue);
        var exceptions = ExceptionReport.Create(plan, ThirtyFirstMay2009, ExceptionReportMode.ExceptionsOnly);

        var lines = exceptions.Groups.SelectMany(group => group.Lines).ToList();
        Assert.DoesNotContain(lines, line => line.Rating == RagRating.Complete);
        Assert.Contains(lines, line => line.Ref == "4.12");
        Assert.Equal(all.Groups.SelectMany(group => group.Lines).Count(line => line.Rating != RagRating.Complete), lines.Count);
        Assert.Equal("Exception Report – as at 31 May 2009", exceptions.Title);
    }

    [Fact]
    public void Actions_due_after_the_end_of_the_month_are_not_listed()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);

        var report = ExceptionReport.Create(plan, new LocalDate(2009, 3, 1), ExceptionReportMode.AllDue);

        Assert.Equal([new YearMonth(2009, 2), new YearMonth(2009, 3)], report.Groups.Select(group => group.Month));
    }

    [Fact]
    public void Actions_with_no_due_date_are_not_in_an_exception_report()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        var report = ExceptionReport.Create(plan, new LocalDate(2015, 3, 31), ExceptionReportMode.AllDue);

        var refs = report.Groups.SelectMany(group => group.Lines).Select(line => line.Ref).ToList();
        Assert.DoesNotContain("3.1.1", refs);
        Assert.DoesNotContain("1.1.1", refs);
        Assert.Equal(plan.Actions.Count(action => action.DueDate <= new LocalDate(2015, 3, 31)), refs.Count);
    }
}
