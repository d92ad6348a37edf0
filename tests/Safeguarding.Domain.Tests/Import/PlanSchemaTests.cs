using System.Text;
using NJsonSchema;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests.Import;

/// <summary>The JSON Schema in seeds/ documents the same format the importer reads.</summary>
public class PlanSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(SeedFiles.Seeds, "plan.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> SeedPlans() =>
        [.. Directory.GetFiles(Path.Combine(SeedFiles.Seeds, "plans"), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public void Every_seed_plan_is_valid_against_the_schema_and_loads(string fileName)
    {
        var json = File.ReadAllText(SeedFiles.PlanPath(fileName));

        var errors = Schema.Value.Validate(json);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(error => $"{error.Path}: {error.Kind} (line {error.LineNumber})")));
        Assert.NotEmpty(PlanFileImporter.ImportFile(SeedFiles.PlanPath(fileName)).Priorities);
    }

    [Theory]
    [InlineData("\"sector\": \"LocalAuthority\"", "\"sector\": \"Council\"")]
    [InlineData("\"ref\": \"1.1\",", "")]
    [InlineData("\"asAt\": \"2014-09-01\"", "\"asAt\": \"1 Sept\"")]
    [InlineData("\"timescale\": \"Oct 14\"", "\"timescael\": \"Oct 14\"")]
    public void What_the_importer_rejects_the_schema_rejects_too(string valid, string invalid)
    {
        var plan = MinimalPlan.Replace(valid, invalid, StringComparison.Ordinal);
        Assert.NotEqual(MinimalPlan, plan);

        Assert.NotEmpty(Schema.Value.Validate(plan));
        Assert.Throws<PlanFileException>(() => PlanFileImporter.Import(Encoding.UTF8.GetBytes(plan), "minimal.json"));
        Assert.Empty(Schema.Value.Validate(MinimalPlan));
    }

    private const string MinimalPlan = """
        {
          "source": { "document": "plan.docx" },
          "board": { "name": "A Board", "agencies": [ { "name": "A Council", "sector": "LocalAuthority" } ] },
          "plan": {
            "title": "Plan",
            "period": { "start": "2014-04-01", "end": "2015-03-31" },
            "ragScheme": { "builtIn": "hscb-2014" },
            "priorities": [ { "number": "1", "title": "One", "actions": [
              { "ref": "1.1", "timescale": "Oct 14", "progress": [ { "asAt": "2014-09-01", "ratings": { "completion": "N" } } ] } ] } ]
          }
        }
        """;
}
