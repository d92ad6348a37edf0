using System.Text;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class LevelsOfNeedGuideReaderTests
{
    private const string MinimalGuide = """
        {
          "area": "Anywhere",
          "title": "Levels",
          "source": { "document": "test" },
          "levels": [
            { "number": 1, "name": "Universal", "descriptor": "Needs met", "source": { "document": "test" },
              "pathway": [ { "kind": "Signpost", "text": "Signpost", "source": { "document": "test" } } ] }
          ],
          "indicators": [ LEVEL_INDICATOR ]
        }
        """;

    private static LevelsOfNeedGuide Read(string json) => LevelsOfNeedGuideReader.Read(Encoding.UTF8.GetBytes(json), "guide.json");

    private static string WithIndicator(string indicator) => MinimalGuide.Replace("LEVEL_INDICATOR", indicator, StringComparison.Ordinal);

    [Fact]
    public void Herefordshire_guide_loads_with_four_levels()
    {
        var guide = LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.HerefordshireLevelsOfNeed);

        Assert.Equal("Herefordshire", guide.Area);
        Assert.Equal([1, 2, 3, 4], guide.Levels.Select(level => level.Number));
        Assert.False(guide.IsIllustration);
    }

    [Fact]
    public void Every_descriptor_pathway_step_and_indicator_in_the_Herefordshire_guide_names_its_source_document()
    {
        var guide = LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.HerefordshireLevelsOfNeed);
        string[] known = ["000_c934ee8d227a9289.txt", "002_5cc7ddf20cf550d0.txt", "003_2b82dd704ae0436e.txt", "DESIGN.md"];

        var sources = guide.Levels.Select(level => level.Source)
            .Concat(guide.Levels.SelectMany(level => level.Pathway).Select(step => step.Source))
            .Concat(guide.Indicators.Select(indicator => indicator.Source));

        Assert.All(sources, source => Assert.Contains(source.Document, known));
    }

    [Fact]
    public void Herefordshire_example_indicators_say_so_in_their_text()
    {
        var guide = LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.HerefordshireLevelsOfNeed);

        Assert.All(guide.Indicators, indicator =>
            Assert.Equal(indicator.IsExample, indicator.Text.StartsWith("EXAMPLE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Section_17_illustration_loads_and_says_it_is_an_illustration()
    {
        var guide = LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.SectionSeventeenAtLevelThree);

        Assert.True(guide.IsIllustration);
        Assert.Equal(3, guide.Indicator("child-in-need").Level);
    }

    [Fact]
    public void Unknown_property_is_an_error_naming_file_path_and_property()
    {
        var json = WithIndicator("""{ "id": "a", "text": "A", "level": 1, "source": { "document": "test" }, "colour": "red" }""");

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("guide.json", error.FileName);
        Assert.Equal("$.indicators[0].colour", error.JsonPath);
        Assert.Contains("\"colour\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_property_is_an_error_saying_what_was_expected()
    {
        var json = WithIndicator("""{ "id": "a", "level": 1, "source": { "document": "test" } }""");

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.StartsWith("$.indicators[0]", error.JsonPath, StringComparison.Ordinal);
        Assert.Contains("text", error.Message, StringComparison.Ordinal);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_indicator_kind_lists_the_kinds_expected()
    {
        var json = WithIndicator("""{ "id": "a", "text": "A", "level": 1, "source": { "document": "test" }, "kind": "Danger" }""");

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0].kind", error.JsonPath);
        Assert.True(error.Message.Contains("\"ImmediateDanger\"", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Indicator_at_a_level_the_guide_does_not_have_is_an_error_with_its_path()
    {
        var json = WithIndicator("""{ "id": "a", "text": "A", "level": 5, "source": { "document": "test" } }""");

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0].level", error.JsonPath);
        Assert.Equal("expected a level from 1 to 1, but found 5", error.Message);
    }

    [Fact]
    public void Immediate_danger_below_the_highest_level_is_an_error()
    {
        var json = """
            {
              "area": "Anywhere", "title": "Levels", "source": { "document": "test" },
              "levels": [
                { "number": 1, "name": "One", "descriptor": "d", "source": { "document": "t" }, "pathway": [ { "kind": "Other", "text": "s", "source": { "document": "t" } } ] },
                { "number": 2, "name": "Two", "descriptor": "d", "source": { "document": "t" }, "pathway": [ { "kind": "Other", "text": "s", "source": { "document": "t" } } ] }
              ],
              "indicators": [ { "id": "danger", "text": "Danger", "level": 1, "kind": "ImmediateDanger", "source": { "document": "test" } } ]
            }
            """;

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0].level", error.JsonPath);
        Assert.Contains("highest level, 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_indicator_ids_are_an_error()
    {
        var json = WithIndicator("""
            { "id": "a", "text": "A", "level": 1, "source": { "document": "test" } },
            { "id": "a", "text": "B", "level": 1, "source": { "document": "test" } }
            """);

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        Assert.Equal("$.indicators[1].id", Assert.Single(exception.Errors).JsonPath);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var json = "{\n  \"area\": \"A\",\n  \"title\": ,\n}";

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        Assert.Equal(3, Assert.Single(exception.Errors).LineNumber);
    }
}
