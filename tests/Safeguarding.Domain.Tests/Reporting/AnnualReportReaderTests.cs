using System.Text;
using System.Text.Json.Nodes;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public class AnnualReportReaderTests
{
    private static JsonNode SeedFile() => JsonNode.Parse(File.ReadAllText(ThresholdSeedFiles.AnnualReport))!;

    private static AnnualReport Read(JsonNode json) => AnnualReportReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), "report.json");

    [Fact]
    public void Attendance_row_with_the_wrong_number_of_meetings_is_an_error_with_its_path()
    {
        var json = SeedFile();
        json["boardAttendance"]!["agencies"]![2]!["attended"]!.AsArray().RemoveAt(0);

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.boardAttendance.agencies[2].attended", error.JsonPath);
        Assert.Equal("expected one entry per meeting (4), but found 3", error.Message);
    }

    [Fact]
    public void Count_written_as_text_is_an_error_saying_a_whole_number_was_expected()
    {
        var json = SeedFile();
        json["privateFostering"]!["notifications"] = "three";

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.privateFostering.notifications", error.JsonPath);
        Assert.Equal("expected a whole number", error.Message);
    }

    [Fact]
    public void Missing_section_is_an_error_naming_it()
    {
        var json = SeedFile();
        json.AsObject().Remove("budget");

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        Assert.Contains("\"budget\"", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistency_in_an_unknown_section_is_an_error()
    {
        var json = SeedFile();
        json["inconsistencies"]![0]!["section"] = "lado";

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        Assert.Equal("$.inconsistencies[0].section", Assert.Single(exception.Errors).JsonPath);
    }

    [Fact]
    public void Negative_count_is_an_error_with_its_path()
    {
        var json = SeedFile();
        json["childProtectionPlans"]!["quarters"]![1]!["categories"]![2]!["count"] = -1;

        var exception = Assert.Throws<DataFileException>(() => Read(json));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.childProtectionPlans.quarters[1].categories[2].count", error.JsonPath);
        Assert.Equal("expected a count of zero or more, but found -1", error.Message);
    }
}
