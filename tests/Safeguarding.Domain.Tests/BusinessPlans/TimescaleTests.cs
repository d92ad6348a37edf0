using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class TimescaleTests
{
    [Theory]
    [InlineData("Oct 14", 2014, 10, 31)]
    [InlineData("Sep 14", 2014, 9, 30)]
    [InlineData("Feb 15", 2015, 2, 28)]
    [InlineData("Feb 16", 2016, 2, 29)]
    [InlineData("May 2015", 2015, 5, 31)]
    [InlineData("January 2015", 2015, 1, 31)]
    [InlineData("Sept 2014", 2014, 9, 30)]
    [InlineData("31/10/2014", 2014, 10, 31)]
    [InlineData("2014-10-31", 2014, 10, 31)]
    public void A_month_means_its_last_day(string text, int year, int month, int day)
    {
        var timescale = Timescale.Parse(text);

        Assert.Equal(TimescaleKind.DueDate, timescale.Kind);
        Assert.Equal(new LocalDate(year, month, day), timescale.DueDate);
        Assert.Equal(text, timescale.Text);
    }

    [Fact]
    public void Ongoing_from_a_month_starts_then_and_has_no_due_date()
    {
        var timescale = Timescale.Parse("Ongoing from April 2014");

        Assert.Equal(TimescaleKind.Ongoing, timescale.Kind);
        Assert.Equal(new LocalDate(2014, 4, 1), timescale.StartDate);
        Assert.Null(timescale.DueDate);
    }

    [Theory]
    [InlineData("On-going")]
    [InlineData("Ongoing")]
    [InlineData("on going")]
    public void Ongoing_has_no_due_date_and_no_start(string text)
    {
        var timescale = Timescale.Parse(text);

        Assert.Equal(TimescaleKind.Ongoing, timescale.Kind);
        Assert.Null(timescale.DueDate);
        Assert.Null(timescale.StartDate);
    }

    [Fact]
    public void To_be_confirmed_keeps_its_reason()
    {
        var timescale = Timescale.Parse("TBC - Action Area is dependent upon the work of the CSP's Domestic Abuse Steering Group.");

        Assert.Equal(TimescaleKind.ToBeConfirmed, timescale.Kind);
        Assert.Null(timescale.DueDate);
        Assert.Equal("Action Area is dependent upon the work of the CSP's Domestic Abuse Steering Group.", timescale.Reason);
    }

    [Fact]
    public void Two_milestones_are_read_with_what_each_is_for_and_the_last_is_the_due_date()
    {
        var timescale = Timescale.Parse("Oct 14 for Education Mar 15 for wider application");

        Assert.Equal(TimescaleKind.Milestones, timescale.Kind);
        Assert.Equal(
            [new Milestone(new LocalDate(2014, 10, 31), "Education"), new Milestone(new LocalDate(2015, 3, 31), "wider application")],
            timescale.Milestones);
        Assert.Equal(new LocalDate(2015, 3, 31), timescale.DueDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_timescale_is_none(string? text)
    {
        var timescale = Timescale.Parse(text);

        Assert.Equal(TimescaleKind.None, timescale.Kind);
        Assert.Null(timescale.DueDate);
    }

    [Theory]
    [InlineData("Octember 14")]
    [InlineData("soon")]
    [InlineData("Q3")]
    [InlineData("Ongoing from next spring")]
    public void Text_that_cannot_be_read_is_an_error_that_quotes_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => Timescale.Parse(text));

        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_timescale_in_the_seed_plans_is_read()
    {
        var plans = Directory.GetFiles(Path.Combine(SeedFiles.Seeds, "plans"), "*.json").Select(Domain.Import.PlanFileImporter.ImportFile).ToList();
        var actions = plans.SelectMany(plan => plan.Actions).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            var timescale = action.Timescale;
            switch (timescale.Kind)
            {
                case TimescaleKind.DueDate or TimescaleKind.Milestones:
                    Assert.NotNull(timescale.DueDate);
                    break;
                case TimescaleKind.ToBeConfirmed or TimescaleKind.Ongoing or TimescaleKind.None:
                    Assert.Null(timescale.DueDate);
                    break;
            }
            Assert.Equal(timescale.Text, Timescale.Parse(timescale.Text).Text);
        });
    }
}

public class TimescaleIssue8Tests
{
    [Theory]
    [InlineData("Oct ١٤")]
    [InlineData("May ٢٠١٥")]
    [InlineData("३१/१०/२०१४")]
    public void Non_ASCII_digits_are_refused_with_a_message_not_an_exception(string text)
    {
        Assert.False(Timescale.TryParse(text, out _, out var error));
        Assert.Contains("digits 0 to 9", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("May 0000")]
    [InlineData("Oct 0014")]
    [InlineData("Jan 1899")]
    public void A_four_digit_year_before_1900_is_refused_not_read_as_a_two_digit_year(string text)
    {
        Assert.False(Timescale.TryParse(text, out _, out var error));
        Assert.Contains("1900 or later", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_after_a_milestone_s_purpose_is_a_milestone_of_its_own()
    {
        var timescale = Timescale.Parse("Oct 14 for Education Mar 15");

        Assert.Equal([new Milestone(new LocalDate(2014, 10, 31), "Education"), new Milestone(new LocalDate(2015, 3, 31), null)], timescale.Milestones);
        Assert.Equal(new LocalDate(2015, 3, 31), timescale.DueDate);
    }

    [Theory]
    [InlineData("TBC\u0001")]
    [InlineData("Oct 14\u0000")]
    [InlineData("Oct 14 for Education\u0007 Mar 15 for wider application")]
    public void A_control_character_anywhere_is_refused(string text)
    {
        Assert.False(Timescale.TryParse(text, out _, out var error));
        Assert.Contains("control characters", error, StringComparison.Ordinal);
    }
}
