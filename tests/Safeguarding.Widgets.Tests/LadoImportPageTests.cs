using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>The sample's import of the LADO's spreadsheet, as the LADO uses it: every problem by line and column and nothing stored, or every case stored.</summary>
public class LadoImportPageTests(SampleIntranetFactory factory) : IClassFixture<SampleIntranetFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_spreadsheet_with_a_bad_row_is_refused_whole_with_each_problem_by_line_and_column()
    {
        using var client = await factory.CreateSignedInClientAsync("lado@sample.invalid");

        using var response = await UploadAsync(client, "register.csv", "reference,referred,outcome\nIMPORT-2014-001,2014-10-01,Unfounded\nIMPORT-2014-002,2014-10-02,Guilty\nJohn Smith,2014-10-03,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Nothing was imported: 2 problems in register.csv", page.QuerySelector(".intranet-error-summary__list a")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#import-problems tbody tr").Select(row => string.Join(" | ", row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()))).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("3 | C (outcome) | Expected one outcome", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("4 | A (reference) | Expected a pseudonymous case reference", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("John Smith", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await CaseAsync("IMPORT-2014-001"));
    }

    [Fact]
    public async Task A_good_spreadsheet_is_imported_and_the_LADO_is_told_how_many_cases()
    {
        using var client = await factory.CreateSignedInClientAsync("lado@sample.invalid");

        using var response = await UploadAsync(client, "register.csv", "reference,referred,closed,outcome\nIMPORT-2014-101,2014-10-01,2014-10-20,Unfounded\nIMPORT-2014-102,2014-10-02,,\n");
        var page = await client.GetStringAsync(new Uri("/lado/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Imported 2 cases from register.csv.", page, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2014, 10, 20), (await CaseAsync("IMPORT-2014-101"))!.ClosedOn);
    }

    private async Task<AllegationCase?> CaseAsync(string reference)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAllegationCaseRepository>().GetAsync(new CaseReference(reference));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string csv)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/lado/cases", UriKind.Relative)));
        var token = page.QuerySelector("form[action='/lado/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Spreadsheet", fileName },
        };
        return await client.PostAsync(new Uri("/lado/import", UriKind.Relative), content);
    }
}
