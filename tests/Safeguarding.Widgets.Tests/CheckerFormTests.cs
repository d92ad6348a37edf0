using AngleSharp.Html.Parser;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The statutory checkers' forms (issue 11, "the checker forms"): facts are posted with an
/// antiforgery token, never read from an address; every choice is exactly one of the form's own
/// values; and a date outside what the check answers for is a field error that says the range.
/// </summary>
public class CheckerFormTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    private static readonly HtmlParser Parser = new();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAsync(string widget, string fields, bool withToken = true, string? check = null) =>
        Parser.ParseDocument(await host.PostAsync(widget, fields, withToken, check));

    [Theory]
    [InlineData("private-fostering-check?age=15&carer=Cousin&setting=CarersHome&daysSoFar=40")]
    [InlineData("harm-test-check?allegationDate=2026-11-23&limb=1")]
    public async Task Facts_in_the_address_are_not_read(string query)
    {
        var document = Parser.ParseDocument(await host.RenderAsync(query));

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("post", document.QuerySelector("form.sg-form")!.GetAttribute("method"));
        Assert.NotNull(document.QuerySelector("form.sg-form input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("private-fostering-check", "age=15&carer=Cousin&setting=CarersHome&daysSoFar=40")]
    [InlineData("harm-test-check", "allegationDate=2026-11-23&limb=1")]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_not_answered(string widget, string fields)
    {
        var document = await PostAsync(widget, fields, withToken: false);

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Contains("The form could not be read", document.QuerySelector(".sg-form__error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_for_the_other_checker_is_left_to_it()
    {
        var document = await PostAsync("private-fostering-check", "age=15&carer=Cousin&setting=CarersHome&daysSoFar=40", check: "harm-test");

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Null(document.QuerySelector(".sg-form__error"));
    }

    // The probe's two wrong answers: "Parent,Grandparent" read as 1|2 = BrotherOrSister, and a
    // repeated field joined to "Cousin,Parent" read as 8|1 = UnmarriedPartnerOfParent.
    [Theory]
    [InlineData("carer=Parent,Grandparent", "carer", "Choose who is caring for the child")]
    [InlineData("carer=Cousin&carer=Parent", "carer", "Choose who is caring for the child: choose one only")]
    [InlineData("carer=Cousin&carer=Cousin", "carer", "Choose who is caring for the child: choose one only")]
    [InlineData("carer=3", "carer", "Choose who is caring for the child")]
    [InlineData("carer=cousin", "carer", "Choose who is caring for the child")]
    [InlineData("carer=Cousin&setting=CarersHome,School", "setting", "Choose where the child is living")]
    [InlineData("carer=Cousin&setting=CarersHome&setting=School", "setting", "Choose where the child is living: choose one only")]
    [InlineData("carer=Cousin&setting=0", "setting", "Choose where the child is living")]
    [InlineData("carer=UncleOrAunt&tie=FullBlood,HalfBlood", "tie", "Choose how the carer is related")]
    [InlineData("carer=UncleOrAunt&tie=Marriage&tie=HalfBlood", "tie", "Choose how the carer is related: choose one only")]
    public async Task A_choice_sent_twice_or_joined_with_a_comma_is_a_field_error_not_a_combination(string choices, string field, string message)
    {
        var fields = "age=15&daysSoFar=40&" + choices + (choices.Contains("setting=", StringComparison.Ordinal) ? string.Empty : "&setting=CarersHome");

        var document = await PostAsync("private-fostering-check", fields);

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal(message, document.QuerySelector($"#sg-pf-{field}-error")!.TextContent);
        Assert.Contains(document.QuerySelectorAll(".sg-form__error a"), link => link.GetAttribute("href") == $"#sg-pf-{field}");
    }

    [Theory]
    [InlineData("UnmarriedPartnerOfRelative", "This is private fostering.")]
    [InlineData("FormerStepParent", "This is private fostering.")]
    [InlineData("LocalAuthorityFosterCarerCaringPrivately", "This is private fostering.")]
    [InlineData("SpecialGuardian", "This is not private fostering.")]
    [InlineData("ChildArrangementsOrderHolder", "This is not private fostering.")]
    [InlineData("StepBrotherOrStepSister", "This is not private fostering.")]
    public async Task The_carers_issue_11_added_can_be_chosen_and_are_answered(string carer, string conclusion)
    {
        var document = await PostAsync("private-fostering-check", $"age=12&carer={carer}&setting=CarersHome&daysSoFar=40");

        Assert.Equal(conclusion, document.QuerySelector(".sg-result h3")!.TextContent.Trim());
        Assert.Equal("selected", document.QuerySelector($"#sg-pf-carer option[value={carer}]")!.GetAttribute("selected"));
    }

    [Theory]
    [InlineData("1977-12-31")]
    [InlineData("2015-03-25")]
    [InlineData("9998-01-01")]
    [InlineData("9999-12-31")]
    public async Task An_allegation_date_outside_what_the_check_answers_for_is_a_field_error_that_says_the_range(string date)
    {
        var document = await PostAsync("harm-test-check", $"allegationDate={date}&limb=1");

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("Enter a date from 26 March 2015 (Working Together 2015, the earliest guidance this check follows) to 31 December 9997 (the last its working-day calendar can count a referral deadline from)",
            document.QuerySelector("#sg-ht-allegationDate-error")!.TextContent);
        Assert.Equal(date, document.QuerySelector("#sg-ht-allegationDate")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("2015-03-26")]
    [InlineData("9997-12-31")]
    public async Task The_first_and_last_dates_of_the_range_are_answered(string date)
    {
        var document = await PostAsync("harm-test-check", $"allegationDate={date}&limb=1");

        Assert.Equal("This meets the harm test.", document.QuerySelector(".sg-result h3")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("limb=1,2")]
    [InlineData("limb=1&limb=1")]
    [InlineData("limb=5")]
    [InlineData("limb=01")]
    public async Task A_limb_that_is_not_one_or_is_sent_twice_is_a_field_error(string limbs)
    {
        var document = await PostAsync("harm-test-check", $"allegationDate=2026-11-23&{limbs}");

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("Tick each limb that applies once; the limbs are numbered 1 to 4", document.QuerySelector("#sg-ht-limb-error")!.TextContent);
    }

    [Fact]
    public async Task A_date_sent_twice_is_not_read_as_either()
    {
        var document = await PostAsync("harm-test-check", "allegationDate=2026-11-23&allegationDate=2020-08-31&limb=4");

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.NotNull(document.QuerySelector("#sg-ht-allegationDate-error"));
    }

    [Theory]
    [InlineData("2021-08-31", "This does not meet the harm test.", false)]
    [InlineData("2021-09-01", "This does not meet the harm test: it is a low-level concern.", true)]
    public async Task A_concern_meeting_no_limb_has_no_referral_date_and_from_September_2021_is_a_low_level_concern(string date, string conclusion, bool lowLevel)
    {
        var document = await PostAsync("harm-test-check", $"allegationDate={date}");
        var result = document.QuerySelector(".sg-result")!.TextContent;

        Assert.Equal(conclusion, document.QuerySelector(".sg-result h3")!.TextContent.Trim());
        Assert.DoesNotContain("within one working day, by", result, StringComparison.Ordinal);
        Assert.Contains("no referral to the LADO and no referral date", result, StringComparison.Ordinal);
        Assert.Equal(lowLevel, result.Contains("low-level concerns policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_answer_names_the_guidance_in_force_on_the_allegations_date()
    {
        var document = await PostAsync("harm-test-check", "allegationDate=2020-08-31&limb=4");

        Assert.Contains("Answered by the guidance in force on 31 August 2020: Harm test with three limbs (Working Together to Safeguard Children 2015).", document.QuerySelector(".sg-result")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_date_field_tells_the_browser_the_range()
    {
        var input = Parser.ParseDocument(await host.RenderAsync("harm-test-check")).QuerySelector("#sg-ht-allegationDate")!;

        Assert.Equal(("2015-03-26", "9997-12-31"), (input.GetAttribute("min"), input.GetAttribute("max")));
    }
}
