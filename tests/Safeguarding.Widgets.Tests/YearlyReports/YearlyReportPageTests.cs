using System.Net;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.YearlyReports;

/// <summary>The yearly report over HTTP against the sample: the LADO's figures stay with their roles, and the whole report comes as every paper.</summary>
public class YearlyReportPageTests(SampleIntranetFactory factory) : IClassFixture<SampleIntranetFactory>
{
    private const string Csv = "/safeguarding/papers/yearly-report.csv?scorecard=domestic-abuse-2015-16";

    [Theory]
    [InlineData("business.manager@sample.invalid", true)]
    [InlineData("board.member@sample.invalid", true)]
    [InlineData("lado@sample.invalid", true)]
    [InlineData("council.lead@sample.invalid", false)]
    [InlineData("practitioner@sample.invalid", false)]
    [InlineData("private.fostering@sample.invalid", false)]
    public async Task The_LADO_s_figures_are_in_the_yearly_report_only_for_those_who_may_read_them(string user, bool included)
    {
        using var client = await factory.CreateSignedInClientAsync(user);

        var csv = await client.GetStringAsync(new Uri(Csv, UriKind.Relative));

        Assert.Equal(included, csv.Contains("\"Allegations against people who work with children referred to the LADO\",117,", StringComparison.Ordinal));
        Assert.Equal(!included, csv.Contains("The LADO's figures are shown to the business unit, board members and the LADO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_yearly_report_says_its_one_disagreement_with_the_document()
    {
        using var client = await factory.CreateSignedInClientAsync("board.member@sample.invalid");

        var csv = await client.GetStringAsync(new Uri(Csv, UriKind.Relative));

        Assert.Single(csv.Split('\n'), row => row.Contains("Disagrees:", StringComparison.Ordinal));
        Assert.Contains("1 figure disagrees with the document.", await client.GetStringAsync(new Uri("/safeguarding/papers/yearly-report.html", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_for_signed_in_staff()
    {
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signedIn = await factory.CreateSignedInClientAsync("practitioner@sample.invalid");

        using var refused = await anonymous.GetAsync(new Uri("/yearly-report", UriKind.Relative));
        using var page = await signedIn.GetAsync(new Uri("/yearly-report", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-sg-widget=\"board-attendance\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
