using System.Globalization;
using CsvHelper;
using NodaTime.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// Reads a LADO's existing allegations spreadsheet, saved as CSV, into cases for the register: one
/// row a case, one column a field (<see cref="Columns"/>). Every problem is named with its line and
/// column, and a file with any problem gives no cases, so nothing from it is imported.
/// </summary>
/// <remarks>
/// <para>
/// The first line holds the headings, in any order; <c>reference</c> and <c>referred</c> are
/// required, every other column may be left out (its field is then not recorded). A heading the
/// reader does not know is an error rather than ignored, since a misspelt heading (<c>closed date</c>)
/// would otherwise leave every case open and the figures wrong: delete the spreadsheet's other
/// columns, names above all, before saving it. Cells are separated by commas (or semicolons, as some
/// versions of Excel save them), quoted as Excel quotes them, in UTF-8.
/// </para>
/// <para>
/// Dates are written 2016-03-31 or 31/03/2016 (day first, a four-digit year). A choice (sector,
/// outcome, yes or no) is exactly one of its values: "Education, Health" or a number is refused,
/// never read as a combination. Limbs of the harm test are numbers 1 to 4, separated by semicolons
/// or spaces, each once. Values that may be personal (the reference, the agency, the reason) are
/// never repeated in an error message.
/// </para>
/// </remarks>
public static class AllegationSpreadsheet
{
    /// <summary>The most rows a file may hold: a register of a few hundred cases a year fits many years.</summary>
    public const int MaxRows = 20_000;

    private const int MaxShownLength = 40;

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern DayFirstDate = LocalDatePattern.Create("d/M/uuuu", CultureInfo.InvariantCulture);

    /// <summary>Gets the columns the reader knows, in the order a new spreadsheet would have them.</summary>
    public static IReadOnlyList<AllegationSpreadsheetColumn> Columns { get; } =
    [
        new("reference", true, "The pseudonymous case reference, such as LADO-2015-001: letters, digits, '-', '/', '_' or '.', at least one digit, no spaces. Never a name.", nameof(AllegationCase.Reference)),
        new("allegation made", false, "The day the allegation was made or came to the employer's attention (a date).", nameof(AllegationCase.AllegationMadeOn)),
        new("employer told", false, "The day the employer was told (a date).", nameof(AllegationCase.EmployerToldOn)),
        new("referred", true, "The day the LADO received the referral (a date); timeliness is measured from it.", nameof(AllegationCase.ReferredOn)),
        new("meeting", false, "The day of the first evaluation or strategy meeting (a date).", nameof(AllegationCase.EvaluationOrStrategyMeetingOn)),
        new("closed", false, "The day the case was closed (a date); empty while it is open.", nameof(AllegationCase.ClosedOn)),
        new("referring agency", false, "The name of the agency that referred it (at most 200 characters).", nameof(AllegationCase.ReferringAgency)),
        new("referring sector", false, $"The referring agency's sector: {SectorNames}.", nameof(AllegationCase.ReferringSector)),
        new("employment sector", false, $"The sector the person works (or volunteers) in: {SectorNames}.", nameof(AllegationCase.EmployerSector)),
        new("harm test limbs", false, "The limbs of the harm test met, 1 to 4, such as \"1;3\"; limb 4 only for allegations from 1 September 2020.", nameof(AllegationCase.HarmTestLimbs)),
        new("outcome", false, "Substantiated, Malicious, False, Unsubstantiated or Unfounded (Keeping Children Safe in Education, Part 4); empty while none is recorded.", nameof(AllegationCase.Outcome)),
        new("exceptional delay", false, "Yes when the case is one of the most exceptional that may take longer than twelve months; otherwise No or empty.", nameof(AllegationCase.IsExceptional)),
        new("exceptional delay reason", false, "Why, when it is exceptional, such as \"Awaiting criminal proceedings\" (at most 500 characters); naming no one.", nameof(AllegationCase.ExceptionalDelayReason)),
        new("review by", false, "The day the record's retention is to be reviewed (a date).", nameof(AllegationCase.ReviewBy)),
    ];

    private static string SectorNames => string.Join(", ", Enum.GetValues<AgencySector>().Select(AgencySectorNames.InWords));

    /// <summary>Reads a spreadsheet saved as CSV.</summary>
    /// <param name="csv">The file's content; read from its position, and left open.</param>
    /// <param name="fileName">The file's name, for the errors, such as "lado-register.csv".</param>
    /// <param name="today">Today: dates after it (but the review date) are refused as mistakes.</param>
    /// <returns>The cases, or every problem found; never both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="fileName"/> is <c>null</c>.</exception>
    public static AllegationSpreadsheetContents Read(Stream csv, string fileName, LocalDate today)
    {
        Preconditions.CheckNotNull(csv);
        Preconditions.CheckNotNull(fileName);
        var errors = new List<SpreadsheetError>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            // Values may be personal data: CsvHelper's own messages leave them out.
            IncludeValuesInExceptions = false,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MalformedData = CsvMalformedDataHandling.Skip,
            MaxRecordSize = 1 << 16,
            OnMalformedRecord = record => errors.Add(new(fileName, record.LineNumber, null, null, Malformed(record.Reason))),
        };
        try
        {
            using var reader = CsvReader.Create(csv, options, leaveOpen: true);
            return ReadRows(reader, fileName, today, errors);
        }
        catch (CsvFormatException exception)
        {
            errors.Add(new(fileName, Math.Max(1, exception.LineNumber), null, null, "The file could not be read as CSV: a row is far too long, or a quote is never closed. Save the spreadsheet as CSV (comma delimited) again."));
            return new AllegationSpreadsheetContents(fileName, [], new Dictionary<CaseReference, long>(), errors);
        }
    }

    private static AllegationSpreadsheetContents ReadRows(CsvReader reader, string fileName, LocalDate today, List<SpreadsheetError> errors)
    {
        var cases = new List<AllegationCase>();
        var lines = new Dictionary<CaseReference, long>();
        var columns = ReadHeadings(reader, fileName, errors);
        if (columns is null)
        {
            return new AllegationSpreadsheetContents(fileName, cases, lines, errors);
        }
        var rows = 0;
        while (reader.Read())
        {
            if (++rows > MaxRows)
            {
                errors.Add(new(fileName, reader.LineNumber, null, null, $"The file has more than {MaxRows} rows. Split it into several files."));
                break;
            }
            var row = new RowReader(reader, columns, fileName, today, errors);
            var allegation = row.Read();
            if (allegation is null)
            {
                continue;
            }
            if (lines.TryGetValue(allegation.Reference, out var first))
            {
                row.Error(nameof(AllegationCase.Reference), $"The same case reference is on line {first}: give each case one row.");
                continue;
            }
            lines.Add(allegation.Reference, reader.LineNumber);
            cases.Add(allegation);
        }
        if (rows == 0 && errors.Count == 0)
        {
            errors.Add(new(fileName, 2, null, null, "The file has headings but no cases: expected a row for each case below the heading line."));
        }
        errors.Sort((left, right) => left.Line != right.Line ? left.Line.CompareTo(right.Line) : (left.ColumnNumber ?? 0).CompareTo(right.ColumnNumber ?? 0));
        var reference = columns[AllegationSpreadsheetColumn.Normalise("reference")];
        return new AllegationSpreadsheetContents(fileName, cases, lines, errors, reference.Index, reference.Heading);
    }

    private static Dictionary<string, (int Index, AllegationSpreadsheetColumn Column, string Heading)>? ReadHeadings(CsvReader reader, string fileName, List<SpreadsheetError> errors)
    {
        reader.ReadHeader();
        var headings = reader.Headers;
        var columns = new Dictionary<string, (int Index, AllegationSpreadsheetColumn Column, string Heading)>(StringComparer.Ordinal);
        var known = Columns.ToDictionary(column => column.Key, StringComparer.Ordinal);
        var before = errors.Count;
        if (headings.Count == 0 || headings.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(fileName, 1, null, null, $"The file is empty: expected a heading line naming the columns, such as \"{string.Join(",", Columns.Select(column => column.Heading))}\"."));
            return null;
        }
        for (var index = 0; index < headings.Count; index++)
        {
            var heading = headings[index] ?? string.Empty;
            var key = AllegationSpreadsheetColumn.Normalise(heading);
            if (!known.TryGetValue(key, out var column))
            {
                errors.Add(new(fileName, 1, index + 1, Shown(heading), $"This heading is not one the register knows. Expected one of: {string.Join(", ", Columns.Select(known => known.Heading))}. Delete other columns (names above all) before saving the file."));
            }
            else if (columns.TryGetValue(key, out var earlier))
            {
                errors.Add(new(fileName, 1, index + 1, Shown(heading), $"The column \"{column.Heading}\" is already column {new SpreadsheetError(fileName, 1, earlier.Index + 1, null, string.Empty).ColumnLetter}: keep one of them."));
            }
            else
            {
                columns.Add(key, (index, column, heading.Trim()));
            }
        }
        foreach (var missing in Columns.Where(column => column.Required && !columns.ContainsKey(column.Key)))
        {
            errors.Add(new(fileName, 1, null, null, $"There is no column \"{missing.Heading}\": {missing.Holds}"));
        }
        return errors.Count == before ? columns : null;
    }

    /// <summary>Reads one row into a case, adding an error for each cell that is wrong.</summary>
    private sealed class RowReader(CsvReader reader, Dictionary<string, (int Index, AllegationSpreadsheetColumn Column, string Heading)> columns,
        string fileName, LocalDate today, List<SpreadsheetError> errors)
    {
        private readonly long _line = reader.LineNumber;
        private bool _failed;

        internal AllegationCase? Read()
        {
            var reference = Reference();
            var referred = Date("referred", required: true);
            var made = Date("allegation made");
            var told = Date("employer told");
            var meeting = Date("meeting");
            var closed = Date("closed");
            var agency = Text("referring agency", AllegationCase.MaxTextLength);
            var referringSector = Sector("referring sector");
            var employmentSector = Sector("employment sector");
            var limbs = Limbs();
            var outcome = Outcome();
            var exceptional = YesOrNo("exceptional delay");
            var reason = Text("exceptional delay reason", AllegationCase.MaxReasonLength);
            var reviewBy = Date("review by", latest: new LocalDate(EnglandAndWalesBankHolidays.LastYear, 12, 31));
            if (_failed || reference is null || referred is null)
            {
                return null;
            }
            AllegationCase allegation;
            try
            {
                allegation = new AllegationCase(reference, referred.Value)
                {
                    AllegationMadeOn = made,
                    EmployerToldOn = told,
                    EvaluationOrStrategyMeetingOn = meeting,
                    ClosedOn = closed,
                    ReferringAgency = agency,
                    ReferringSector = referringSector,
                    EmployerSector = employmentSector,
                    HarmTestLimbs = limbs,
                    Outcome = outcome,
                    IsExceptional = exceptional,
                    ExceptionalDelayReason = reason,
                    ReviewBy = reviewBy,
                };
            }
            catch (ArgumentException exception) when (exception.ParamName is { } property)
            {
                // The case checks the order of its own dates, such as a closure before the referral.
                Error(property, exception.Message[..(exception.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var end and >= 0 ? end : exception.Message.Length)]);
                return null;
            }
            foreach (var error in AllegationCaseRules.Check(allegation, today))
            {
                Error(error.Field, error.Message);
            }
            return _failed ? null : allegation;
        }

        /// <summary>Adds an error in the column that fills <paramref name="property"/>, or on the row when the file has no such column.</summary>
        internal void Error(string property, string message)
        {
            _failed = true;
            var column = columns.Values.FirstOrDefault(candidate => candidate.Column.Property == property);
            errors.Add(column.Column is null
                ? new(fileName, _line, null, null, message)
                : new(fileName, _line, column.Index + 1, column.Heading, message));
        }

        private string? Cell(string heading) =>
            columns.TryGetValue(AllegationSpreadsheetColumn.Normalise(heading), out var column) && column.Index < reader.FieldCount
                ? reader.GetString(column.Index)?.Trim() is { Length: > 0 } value ? value : null
                : null;

        private void CellError(string heading, string message)
        {
            _failed = true;
            var column = columns[AllegationSpreadsheetColumn.Normalise(heading)];
            errors.Add(new(fileName, _line, column.Index + 1, column.Heading, message));
        }

        private CaseReference? Reference()
        {
            var text = Cell("reference");
            if (text is null)
            {
                CellError("reference", "Expected the case's pseudonymous reference, such as LADO-2015-001.");
                return null;
            }
            try
            {
                return new CaseReference(text);
            }
            catch (ArgumentException)
            {
                // The value is not repeated: it may be a name typed in the wrong place.
                CellError("reference", "Expected a pseudonymous case reference such as LADO-2015-001: 2 to 40 letters, digits, '-', '/', '_' or '.', with at least one digit and no spaces. Never use a person's name.");
                return null;
            }
        }

        private LocalDate? Date(string heading, bool required = false, LocalDate? latest = null)
        {
            var text = Cell(heading);
            if (text is null)
            {
                if (required && columns.ContainsKey(AllegationSpreadsheetColumn.Normalise(heading)))
                {
                    CellError(heading, "Expected a date such as 2016-03-31 or 31/03/2016.");
                }
                return null;
            }
            var parsed = IsoDate.Parse(text);
            if (!parsed.Success)
            {
                parsed = DayFirstDate.Parse(text);
            }
            var last = latest ?? today;
            if (!parsed.Success)
            {
                CellError(heading, $"Expected a date such as 2016-03-31 or 31/03/2016 (day first, a four-digit year), but found \"{Shown(text)}\".");
                return null;
            }
            if (parsed.Value.Year < EnglandAndWalesBankHolidays.FirstYear || parsed.Value > last)
            {
                CellError(heading, $"Expected a date from 1 January {EnglandAndWalesBankHolidays.FirstYear} to {DisplayDates.Format(last)}{(latest is null ? " (today)" : string.Empty)}, but found {DisplayDates.Format(parsed.Value)}.");
                return null;
            }
            return parsed.Value;
        }

        private string? Text(string heading, int maximum)
        {
            var text = Cell(heading);
            if (text is not null && text.Length > maximum)
            {
                CellError(heading, $"Expected at most {maximum} characters, but the cell has {text.Length}.");
                return null;
            }
            return text;
        }

        private AgencySector Sector(string heading)
        {
            var text = Cell(heading);
            if (text is null)
            {
                return AgencySector.Other;
            }
            var key = AllegationSpreadsheetColumn.Normalise(text);
            foreach (var sector in Enum.GetValues<AgencySector>())
            {
                if (AllegationSpreadsheetColumn.Normalise(sector.InWords()) == key)
                {
                    return sector;
                }
            }
            CellError(heading, $"Expected one sector: {SectorNames}; but found \"{Shown(text)}\".");
            return AgencySector.Other;
        }

        private AllegationOutcome? Outcome()
        {
            var text = Cell("outcome");
            if (text is null)
            {
                return null;
            }
            foreach (var outcome in Enum.GetValues<AllegationOutcome>())
            {
                if (string.Equals(outcome.ToString(), text, StringComparison.OrdinalIgnoreCase))
                {
                    return outcome;
                }
            }
            CellError("outcome", $"Expected one outcome: Substantiated, Malicious, False, Unsubstantiated or Unfounded, or empty while none is recorded; but found \"{Shown(text)}\".");
            return null;
        }

        private bool YesOrNo(string heading)
        {
            var text = Cell(heading);
            if (text is null || string.Equals(text, "no", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            CellError(heading, $"Expected Yes or No, but found \"{Shown(text)}\".");
            return false;
        }

        private List<HarmTestLimb> Limbs()
        {
            var text = Cell("harm test limbs");
            var limbs = new List<HarmTestLimb>();
            if (text is null)
            {
                return limbs;
            }
            foreach (var part in text.Split([';', ' ', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part is not ("1" or "2" or "3" or "4") || limbs.Contains((HarmTestLimb)(part[0] - '0')))
                {
                    CellError("harm test limbs", $"Expected the limbs met as numbers 1 to 4, each once, such as \"1;3\", but found \"{Shown(text)}\".");
                    return [];
                }
                limbs.Add((HarmTestLimb)(part[0] - '0'));
            }
            return limbs;
        }
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "The row has a different number of cells from the heading line. Check for a comma inside a cell that is not in quotes.",
        CsvMalformedReason.UnterminatedQuote => "A quote in this row is never closed. Save the spreadsheet as CSV (comma delimited) again.",
        _ => "A quote in this row is out of place (a cell with a quote inside must be quoted as a whole). Save the spreadsheet as CSV (comma delimited) again.",
    };

    private static string Shown(string text) => text.Length <= MaxShownLength ? text : text[..MaxShownLength] + "…";
}
