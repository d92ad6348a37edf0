using System.Text;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests.Import;

public class PlanFileImporterTests
{
    private const string FileName = "our-plan.json";

    // Line numbers matter to these tests: keep one field per line.
    private const string ValidPlan = """
        {
          "source": { "document": "our plan.docx" },
          "board": {
            "name": "Test Safeguarding Children Board",
            "agencies": [ { "name": "Test Council", "shortName": "TC", "sector": "LocalAuthority" } ]
          },
          "plan": {
            "title": "Business Plan 2014-15",
            "period": { "start": "2014-04-01", "end": "2015-03-31" },
            "ragScheme": { "builtIn": "exception-report-2009" },
            "priorities": [
              {
                "number": "1",
                "title": "Early help",
                "actions": [
                  {
                    "ref": "1.1",
                    "action": "Audit thresholds",
                    "lead": { "text": "TC, Head of Service", "agency": "TC", "officer": "Head of Service" },
                    "timescale": "Oct 14",
                    "progress": [ { "asAt": "2014-09-01", "statement": "Begun", "ratings": { "status": "●" } } ]
                  },
                  {
                    "ref": "1.2",
                    "action": "Publish guidance",
                    "timescale": "On-going"
                  }
                ]
              }
            ]
          }
        }
        """;

    private static PlanFileException Rejects(string json) =>
        Assert.Throws<PlanFileException>(() => PlanFileImporter.Import(Encoding.UTF8.GetBytes(json), FileName));

    [Fact]
    public void A_valid_file_is_imported_with_its_lead_agency_resolved_to_the_agency_name()
    {
        var plan = PlanFileImporter.Import(Encoding.UTF8.GetBytes(ValidPlan), FileName);

        var action = plan.FindAction("1.1")!;
        Assert.Equal("Test Council", action.Lead.AgencyName);
        Assert.Equal(new LocalDate(2014, 10, 31), action.DueDate);
        Assert.Equal("●", action.Progress.Single().Ratings.Single().Text);
        Assert.Equal("our plan.docx", plan.Source);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        var error = Rejects(ValidPlan.Replace("\"Early help\",", "\"Early help\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal(FileName, error.FileName);
        Assert.Equal(15, error.LineNumber);
        Assert.StartsWith("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = Rejects(ValidPlan.Replace("\"title\": \"Business Plan 2014-15\",", string.Empty, StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan", error.JsonPath);
        Assert.Contains("\"title\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LocalAuthority,Health")]
    [InlineData("LocalAuthority, Police")]
    [InlineData("1")]
    [InlineData(" LocalAuthority")]
    public void An_agency_sector_must_be_exactly_one_of_the_sectors_never_a_combination_or_a_number(string sector)
    {
        var error = Rejects(ValidPlan.Replace("\"sector\": \"LocalAuthority\"", $"\"sector\": \"{sector}\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.board.agencies[0].sector", error.JsonPath);
        Assert.Contains($"but found \"{sector}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_required_field_is_named_in_the_formats_words_not_dotnets()
    {
        var error = Rejects(ValidPlan.Replace("\"title\": \"Business Plan 2014-15\",", "\"title\": null,", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.title", error.JsonPath);
        Assert.Equal("expected a value for \"title\", but found null", error.Message);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_silently_dropped()
    {
        var error = Rejects(ValidPlan.Replace("\"timescale\": \"Oct 14\"", "\"timescael\": \"Oct 14\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Contains("timescael", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, error.LineNumber);
    }

    [Fact]
    public void An_unknown_rating_symbol_names_the_action_the_line_and_the_symbols_expected()
    {
        var error = Rejects(ValidPlan.Replace("\"status\": \"●\"", "\"status\": \"◆\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.priorities[0].actions[0].progress[0].ratings.status", error.JsonPath);
        Assert.Equal(21, error.LineNumber);
        Assert.Contains("action 1.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"◆\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"★\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_timescale_names_the_file_the_action_ref_and_the_text()
    {
        var exception = Rejects(ValidPlan.Replace("\"Oct 14\"", "\"Octember 14\"", StringComparison.Ordinal));
        var error = exception.Errors.Single();

        Assert.Equal("$.plan.priorities[0].actions[0].timescale", error.JsonPath);
        Assert.Equal(20, error.LineNumber);
        Assert.Contains("action 1.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Octember 14\"", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{FileName}, line 20", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_ref_names_both_places()
    {
        var error = Rejects(ValidPlan.Replace("\"ref\": \"1.2\"", "\"ref\": \"1.1\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.priorities[0].actions[1].ref", error.JsonPath);
        Assert.Equal(24, error.LineNumber);
        Assert.Contains("$.plan.priorities[0].actions[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_lead_agency_lists_the_boards_agencies()
    {
        var error = Rejects(ValidPlan.Replace("\"agency\": \"TC\"", "\"agency\": \"Police\"", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.priorities[0].actions[0].lead.agency", error.JsonPath);
        Assert.Contains("\"TC\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var json = ValidPlan
            .Replace("\"Oct 14\"", "\"soon\"", StringComparison.Ordinal)
            .Replace("\"2014-09-01\"", "\"1 September 2014\"", StringComparison.Ordinal)
            .Replace("\"LocalAuthority\"", "\"Council\"", StringComparison.Ordinal);

        var errors = Rejects(json).Errors;

        Assert.Equal(
            ["$.board.agencies[0].sector", "$.plan.priorities[0].actions[0].timescale", "$.plan.priorities[0].actions[0].progress[0].asAt"],
            errors.Select(error => error.JsonPath));
        Assert.All(errors, error => Assert.NotNull(error.LineNumber));
    }

    [Fact]
    public void An_unknown_built_in_scheme_lists_the_built_in_ones()
    {
        var error = Rejects(ValidPlan.Replace("exception-report-2009", "traffic-lights", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.ragScheme.builtIn", error.JsonPath);
        Assert.Contains("\"hscb-2014\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_scheme_defined_in_the_file_is_used()
    {
        var json = ValidPlan.Replace("{ \"builtIn\": \"exception-report-2009\" }", """
            { "id": "our-scheme", "name": "Our scheme", "dimensions": [ { "id": "status", "name": "Progress", "tracksCompletion": true, "levels": [
              { "code": "●", "label": "On track", "rating": "Green", "symbol": "●", "colour": "#00703c" },
              { "code": "✓", "label": "Done", "rating": "Complete", "symbol": "✓", "colour": "#1d70b8" } ] } ] }
            """, StringComparison.Ordinal);

        var plan = PlanFileImporter.Import(Encoding.UTF8.GetBytes(json), FileName);

        Assert.Equal("our-scheme", plan.RagScheme.Id);
        Assert.Equal("On track", plan.FindAction("1.1")!.Progress.Single().Ratings.Single().Levels.Single().Label);
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected()
    {
        var error = Rejects(ValidPlan.Replace("\"number\": \"1\"", "\"number\": 1", StringComparison.Ordinal)).Errors.Single();

        Assert.Equal("$.plan.priorities[0].number", error.JsonPath);
        Assert.Contains("text in quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_one_bad_file_imports_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("plans-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a-good.json"), ValidPlan);
            File.WriteAllText(Path.Combine(folder.FullName, "b-bad.json"), ValidPlan.Replace("\"Oct 14\"", "\"soon\"", StringComparison.Ordinal));

            var exception = Assert.Throws<PlanFileException>(() => PlanFileImporter.ImportFolder(folder.FullName));

            Assert.EndsWith("b-bad.json", exception.Errors.Single().FileName, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public class PlanFileImporterIssue8Tests
{
    private static PlanFileException Import(Func<string, string> edit)
    {
        var json = edit(File.ReadAllText(SeedFiles.PlanPath(SeedFiles.ImprovementPlan2012)));
        return Assert.Throws<PlanFileException>(() => PlanFileImporter.Import(System.Text.Encoding.UTF8.GetBytes(json), "plan.json"));
    }

    [Fact]
    public void A_null_priority_is_a_plan_file_error_with_its_path_and_line()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SeedFiles.PlanPath(SeedFiles.ImprovementPlan2012)))!;
        node["plan"]!["priorities"]!.AsArray().Insert(0, null);

        var exception = Import(_ => node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.plan.priorities[0]", error.JsonPath);
        Assert.NotNull(error.LineNumber);
        Assert.Contains("plan.json", exception.Message, StringComparison.Ordinal);
    }
}
