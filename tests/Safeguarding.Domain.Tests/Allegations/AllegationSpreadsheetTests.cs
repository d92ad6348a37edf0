using System.Text;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationSpreadsheetTests
{
    private static readonly LocalDate Today = new(2021, 6, 30);

    private const string Headings = "reference,allegation made,referred,closed,referring sector,employment sector,harm test limbs,outcome,exceptional delay,exceptional delay reason";

    private static AllegationSpreadsheetContents Read(string csv, LocalDate? today = null) =>
        AllegationSpreadsheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "lado-register.csv", today ?? Today);

    private static string Errors(AllegationSpreadsheetContents contents) => string.Join(Environment.NewLine, contents.Errors);

    [Fact]
    public void A_good_file_gives_every_case_with_each_field()
    {
        var contents = Read($"""
            {Headings}
            LADO-2020-001,2020-09-01,2020-09-02,2020-09-30,Education,Education,1;4,Substantiated,No,
            LADO-2020-002,01/10/2020,02/10/2020,,Local authority,Health,3,,Yes,"Awaiting the outcome of criminal proceedings, then a disciplinary hearing"
            """);

        Assert.True(contents.IsValid, Errors(contents));
        Assert.Equal(2, contents.Cases.Count);
        var first = contents.Cases[0];
        Assert.Equal((new LocalDate(2020, 9, 1), new LocalDate(2020, 9, 2), new LocalDate(2020, 9, 30)), (first.AllegationMadeOn!.Value, first.ReferredOn, first.ClosedOn!.Value));
        Assert.Equal([HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayNotBeSuitableToWorkWithChildren], first.HarmTestLimbs);
        Assert.Equal(AllegationOutcome.Substantiated, first.Outcome);
        var second = contents.Cases[1];
        Assert.Equal(new LocalDate(2020, 10, 2), second.ReferredOn);
        Assert.Null(second.ClosedOn);
        Assert.Equal((AgencySector.LocalAuthority, AgencySector.Health), (second.ReferringSector, second.EmployerSector));
        Assert.True(second.IsExceptional);
        Assert.Equal("Awaiting the outcome of criminal proceedings, then a disciplinary hearing", second.ExceptionalDelayReason);
        Assert.Equal(3, contents.LineOf(second.Reference));
    }

    [Fact]
    public void Each_bad_cell_is_named_with_its_line_and_column_and_nothing_is_read()
    {
        var contents = Read($"""
            {Headings}
            LADO-2020-001,2020-09-01,2020-09-02,2020-09-30,Education,Education,1,Substantiated,No,
            LADO-2020-002,2020-09-01,31/02/2020,,Educaton,Education,5,Guilty,Maybe,
            LADO-2020-003,2020-09-01,2020-09-02,2020-08-01,Education,Education,1,,No,
            """);

        Assert.False(contents.IsValid);
        Assert.Empty(contents.Cases);
        Assert.Equal(
        [
            "lado-register.csv, line 3, column C (referred): Expected a date such as 2016-03-31 or 31/03/2016 (day first, a four-digit year), but found \"31/02/2020\".",
            "lado-register.csv, line 3, column E (referring sector): Expected one sector: Other, Local authority, Health, Police, Probation, Youth offending, Education, Cafcass, Voluntary, Board; but found \"Educaton\".",
            "lado-register.csv, line 3, column G (harm test limbs): Expected the limbs met as numbers 1 to 4, each once, such as \"1;3\", but found \"5\".",
            "lado-register.csv, line 3, column H (outcome): Expected one outcome: Substantiated, Malicious, False, Unsubstantiated or Unfounded, or empty while none is recorded; but found \"Guilty\".",
            "lado-register.csv, line 3, column I (exceptional delay): Expected Yes or No, but found \"Maybe\".",
            "lado-register.csv, line 4, column D (closed): Closure date must not be earlier than the referral date.",
        ], contents.Errors.Select(error => error.ToString()));
    }

    // The checkers' bug (issue 11): a comma-joined or numeric choice was read as a flags combination.
    [Theory]
    [InlineData("\"Education,Health\"")]
    [InlineData("6")]
    [InlineData("Education;Health")]
    public void A_sector_is_exactly_one_of_its_names_never_a_combination_or_a_number(string sector)
    {
        var contents = Read($"""
            reference,referred,referring sector
            LADO-2020-001,2020-09-02,{sector}
            """);

        var error = Assert.Single(contents.Errors);
        Assert.Equal((2L, "C"), (error.Line, error.ColumnLetter));
    }

    [Theory]
    [InlineData("Substantiated,Malicious")]
    [InlineData("1")]
    public void An_outcome_is_exactly_one_of_the_five_never_a_combination_or_a_number(string outcome)
    {
        var contents = Read($"reference,referred,outcome\nLADO-2020-001,2020-09-02,\"{outcome}\"\n");

        Assert.Equal("outcome", Assert.Single(contents.Errors).Column);
    }

    [Theory]
    [InlineData("2020-08-31", false)]
    [InlineData("2020-09-01", true)]
    public void Limb_four_is_refused_for_an_allegation_before_1_September_2020_and_taken_from_that_day(string made, bool valid)
    {
        var contents = Read($"reference,allegation made,referred,harm test limbs\nLADO-2020-001,{made},2020-09-02,4\n");

        Assert.Equal(valid, contents.IsValid);
        if (!valid)
        {
            Assert.Equal("lado-register.csv, line 2, column D (harm test limbs): Limb 4 of the harm test applies only to allegations from 1 September 2020, and this allegation is dated 31 August 2020.",
                Assert.Single(contents.Errors).ToString());
        }
    }

    [Fact]
    public void A_name_in_the_reference_column_is_refused_and_never_repeated_in_the_error()
    {
        var contents = Read("reference,referred\nJane Smith,2020-09-02\n");

        var error = Assert.Single(contents.Errors);
        Assert.Equal("A", error.ColumnLetter);
        Assert.DoesNotContain("Jane", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Never use a person's name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_given_twice_is_refused_on_its_second_line_naming_the_first()
    {
        var contents = Read("reference,referred\nLADO-2020-001,2020-09-02\nLADO-2020-002,2020-09-03\nLADO-2020-001,2020-09-04\n");

        Assert.Equal("lado-register.csv, line 4, column A (reference): The same case reference is on line 2: give each case one row.", Assert.Single(contents.Errors).ToString());
    }

    [Fact]
    public void An_unknown_heading_is_refused_rather_than_ignored_so_a_misspelt_closure_column_cannot_leave_every_case_open()
    {
        var contents = Read("reference,referred,closed date,name\nLADO-2020-001,2020-09-02,2020-09-30,Someone\n");

        Assert.Equal([("C", "closed date"), ("D", "name")], contents.Errors.Select(error => (error.ColumnLetter!, error.Column!)));
        Assert.All(contents.Errors, error => Assert.Equal(1, error.Line));
        Assert.Empty(contents.Cases);
    }

    [Fact]
    public void Headings_are_matched_ignoring_case_spaces_and_underscores_and_may_come_in_any_order()
    {
        var contents = Read("Referred,REFERENCE,Harm_Test_Limbs,Review By\n2020-09-02,LADO-2020-001,1,2030-09-02\n");

        Assert.True(contents.IsValid, Errors(contents));
        Assert.Equal(new LocalDate(2030, 9, 2), Assert.Single(contents.Cases).ReviewBy);
    }

    [Theory]
    [InlineData("referred\n2020-09-02\n", "There is no column \"reference\"")]
    [InlineData("reference\nLADO-2020-001\n", "There is no column \"referred\"")]
    [InlineData("reference,referred\n", "The file has headings but no cases")]
    [InlineData("", "The file is empty")]
    public void A_file_without_the_required_columns_or_without_cases_says_so(string csv, string expected)
    {
        var contents = Read(csv);

        Assert.Contains(expected, Assert.Single(contents.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_after_today_are_refused_but_the_review_date_may_be_later()
    {
        var contents = Read("reference,referred,closed,review by\nLADO-2021-001,2021-06-30,2021-07-01,2031-06-30\n");

        Assert.Equal("lado-register.csv, line 2, column C (closed): Expected a date from 1 January 1978 to 30 June 2021 (today), but found 1 July 2021.", Assert.Single(contents.Errors).ToString());
    }

    [Fact]
    public void An_exceptional_case_needs_its_reason()
    {
        var contents = Read("reference,referred,exceptional delay\nLADO-2020-001,2020-09-02,yes\n");

        Assert.Equal("lado-register.csv, line 2: Give the reason the case is exceptional, such as \"Awaiting the outcome of criminal proceedings\".", Assert.Single(contents.Errors).ToString());
    }

    [Fact]
    public void A_row_with_too_many_cells_and_a_quote_left_open_are_named_by_line()
    {
        var contents = Read("reference,referred,referring agency\nLADO-2020-001,2020-09-02,Example Academy, a trust\nLADO-2020-002,2020-09-03,\"Example \"\"Trust\"\"\nLADO-2020-003,2020-09-04,x\n");

        Assert.Contains(contents.Errors, error => error.Line == 2 && error.ColumnNumber is null && error.Message.Contains("different number of cells", StringComparison.Ordinal));
        Assert.Empty(contents.Cases);
    }

    [Fact]
    public void A_cell_with_a_line_break_inside_quotes_keeps_the_lines_of_the_rows_after_it()
    {
        var contents = Read("reference,referred,exceptional delay,exceptional delay reason\nLADO-2020-001,2020-09-02,Yes,\"Awaiting trial;\nthen a hearing\"\nLADO-2020-002,2020-09-03,No,x\n");

        // The second case starts on line 4, because the first takes lines 2 and 3.
        Assert.Equal("lado-register.csv, line 4, column D (exceptional delay reason): A reason for an exceptional delay is given, but the case is not marked exceptional: mark it exceptional, or leave the reason empty.",
            Assert.Single(contents.Errors).ToString());
    }

    [Fact]
    public void A_file_saved_by_Excel_with_a_byte_order_mark_and_semicolons_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("reference;referred;closed\r\nLADO-2020-001;02/09/2020;30/09/2020\r\n")).ToArray();

        var contents = AllegationSpreadsheet.Read(new MemoryStream(bytes), "excel.csv", Today);

        Assert.True(contents.IsValid, Errors(contents));
        Assert.Equal(new LocalDate(2020, 9, 30), Assert.Single(contents.Cases).ClosedOn);
    }

    [Fact]
    public void The_2015_16_spreadsheet_of_117_cases_is_read_whole()
    {
        var contents = Read(LadoRegisterSpreadsheets.Herefordshire2015To16(), new LocalDate(2016, 6, 30));

        Assert.True(contents.IsValid, Errors(contents));
        Assert.Equal(117, contents.Cases.Count);
        Assert.Equal(2, contents.Cases.Count(allegation => allegation.IsExceptional));
    }

    [Fact]
    public void Every_column_is_documented_with_what_it_holds()
    {
        Assert.Equal(["reference", "referred"], AllegationSpreadsheet.Columns.Where(column => column.Required).Select(column => column.Heading));
        Assert.All(AllegationSpreadsheet.Columns, column => Assert.NotNull(typeof(AllegationCase).GetProperty(column.Property)));
        Assert.Equal(AllegationSpreadsheet.Columns.Count, AllegationSpreadsheet.Columns.Select(column => column.Property).Distinct().Count());
    }
}
