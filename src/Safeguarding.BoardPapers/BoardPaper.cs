using System.Globalization;
using NodaTime.Text;

namespace Safeguarding.BoardPapers;

/// <summary>
/// A board paper: one of the board's reports as a neutral document — its title, the board, the date
/// it is as at (and, where it applies, the instant it reproduces "as it stood on"), its columns and
/// its groups of rows of typed cells — that every writer turns into its own format (CSV, .xlsx,
/// .docx, print-ready HTML). Build one with <see cref="Papers.ExceptionReportPaper"/>,
/// <see cref="Papers.ActionPlanPaper"/>, <see cref="Papers.ScorecardPaper"/>,
/// <see cref="Papers.ProgressHistoryPaper"/> or <see cref="Papers.UpdatesDuePaper"/>.
/// </summary>
public sealed class BoardPaper
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Gets the start of the file names the writers suggest, such as "safeguarding-review-exception-report-2009-05-exception-report".</summary>
    /// <value>Lower-case letters, digits and hyphens; the writers add the as-at date and the extension.</value>
    public required string FileStem { get; init; }

    /// <summary>Gets the paper's title, ending with its as-at date, such as "Exception Report – as at 31 May 2009".</summary>
    public required string Title { get; init; }

    /// <summary>Gets the board's name, such as "Herefordshire Safeguarding Children Board".</summary>
    public required string Board { get; init; }

    /// <summary>Gets what the paper reports on, such as the plan's title; <c>null</c> when the title says it all.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the date the paper is as at.</summary>
    public required LocalDate AsAt { get; init; }

    /// <summary>Gets the instant whose data the paper reproduces ("as it stood on"), or <c>null</c> for the data as it stands.</summary>
    public Instant? AsItStoodOn { get; init; }

    /// <summary>Gets the heading of the column that names each row's group in CSV and spreadsheets, such as "Due by the end of". The default is "Group".</summary>
    public string GroupColumn { get; init; } = "Group";

    /// <summary>Gets the columns, in order.</summary>
    public required IReadOnlyList<PaperColumn> Columns { get; init; }

    /// <summary>Gets the groups of rows, in order; a paper with nothing to list has none.</summary>
    public required IReadOnlyList<PaperGroup> Groups { get; init; }

    /// <summary>Gets sentences printed under the title: what is listed, how ratings are derived, where figures come from.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Gets what the paper says when it has no rows, such as "There are no exceptions to report.". The default is "There is nothing to report.".</summary>
    public string EmptyMessage { get; init; } = "There is nothing to report.";

    /// <summary>Gets the columns shown in a printed paper (print view and Word): those not marked <see cref="PaperColumn.DataOnly"/>.</summary>
    public IReadOnlyList<PaperColumn> PrintedColumns => [.. Columns.Where(column => !column.DataOnly)];

    /// <summary>Gets the "as it stood on" instant in words, in UK time, such as "27 November 2026 at 09:37"; <c>null</c> when the paper has none.</summary>
    public string? AsItStoodOnText => AsItStoodOn is { } instant ? PaperText.Format(instant) : null;

    /// <summary>Gets the line that heads every printed page: the board, the title and, where it applies, "as it stood on".</summary>
    public string RunningHeader => $"{Board} · {Title}" + (AsItStoodOnText is { } stood ? $" · as it stood on {stood}" : string.Empty);

    /// <summary>Gets the file name a writer suggests for the paper.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Such as "hscb-business-plan-2014-15-exception-report-2014-11-30.csv".</returns>
    public string FileName(PaperFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{FileStem}-{IsoDate.Format(AsAt)}.{format.Extension()}");

    /// <summary>Returns the title and board.</summary>
    /// <returns>The running header.</returns>
    public override string ToString() => RunningHeader;
}
