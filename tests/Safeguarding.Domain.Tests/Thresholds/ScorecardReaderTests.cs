using System.Text;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class ScorecardReaderTests
{
    private static Scorecard Read(string indicatorJson, string year = "2015-16") => ScorecardReader.Read(Encoding.UTF8.GetBytes($$"""
        {
          "title": "Test", "board": "Board", "year": "{{year}}", "source": { "document": "test" },
          "indicators": [ {{indicatorJson}} ]
        }
        """), "scorecard.json");

    [Fact]
    public void Unknown_polarity_lists_the_polarities_expected()
    {
        var exception = Assert.Throws<DataFileException>(() => Read("""{ "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "values": [], "polarity": "Lower" }"""));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0].polarity", error.JsonPath);
        Assert.Contains("\"SmallerIsBetter\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarters_out_of_order_are_an_error_with_their_path()
    {
        var exception = Assert.Throws<DataFileException>(() => Read("""{ "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "values": [ { "quarter": 2, "value": 1 }, { "quarter": 1, "value": 2 } ] }"""));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0].values[1].quarter", error.JsonPath);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void Target_without_polarity_is_an_error()
    {
        var exception = Assert.Throws<DataFileException>(() => Read("""{ "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "values": [], "target": { "target": 1, "tolerance": 0 } }"""));

        Assert.Equal("$.indicators[0].polarity", Assert.Single(exception.Errors).JsonPath);
    }

    [Fact]
    public void Year_that_is_not_a_financial_year_is_an_error_saying_what_was_expected()
    {
        var exception = Assert.Throws<DataFileException>(() => Read("""{ "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "values": [] }""", year: "2015"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.year", error.JsonPath);
        Assert.Contains("2014-15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_change_comparing_a_quarter_without_a_value_is_an_error()
    {
        var exception = Assert.Throws<DataFileException>(() => Read("""
            { "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "values": [ { "quarter": 1, "value": 1 }, { "quarter": 2, "value": 2 } ],
              "publishedChange": { "text": "5%", "percent": 5, "fromQuarter": 2, "toQuarter": 3 } }
            """));

        Assert.Equal("$.indicators[0].publishedChange", Assert.Single(exception.Errors).JsonPath);
    }
}

public class ScorecardReaderIssue8Tests
{
    [Fact]
    public void A_value_too_large_to_take_a_change_of_is_an_error_not_an_OverflowException_later()
    {
        var exception = Assert.Throws<DataFileException>(() => ScorecardReader.Read(Encoding.UTF8.GetBytes("""
            { "title": "Test", "board": "Board", "year": "2015-16", "source": { "document": "test" },
              "indicators": [ { "id": "a", "name": "A", "sourceAgency": "X", "unit": "u", "polarity": "SmallerIsBetter",
                "values": [ { "quarter": 1, "value": 0.0001 }, { "quarter": 2, "value": 79228162514264337593543950335 } ] } ] }
            """), "scorecard.json"));

        Assert.Equal("$.indicators[0].values[1].value", Assert.Single(exception.Errors).JsonPath);
    }

    [Fact]
    public void A_null_indicator_is_an_error_with_its_path()
    {
        var exception = Assert.Throws<DataFileException>(() => ScorecardReader.Read(Encoding.UTF8.GetBytes("""
            { "title": "Test", "board": "Board", "year": "2015-16", "source": { "document": "test" }, "indicators": [ null ] }
            """), "scorecard.json"));

        Assert.Equal("$.indicators[0]", Assert.Single(exception.Errors).JsonPath);
    }
}
