namespace Safeguarding.BoardPapers.YearlyReports;

/// <summary>
/// The partners' yearly report as a board paper, so that every writer gives it: one printable page
/// (each section on a page of its own) and a Word document, with the sections in the guidance's
/// order; each figure with its share, the published figure, the check against it and its source.
/// </summary>
public static class YearlyReportPaper
{
    /// <summary>Makes the paper.</summary>
    /// <param name="report">The report.</param>
    /// <param name="fileStem">The start of the file names, such as "hscb-annual-report-2015-16".</param>
    /// <returns>The paper.</returns>
    public static BoardPaper Create(PartnersYearlyReport report, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(fileStem);
        return new BoardPaper
        {
            FileStem = fileStem,
            Title = $"{report.Title} – as at {Safeguarding.Domain.DisplayDates.Format(report.AsAt)}",
            Board = report.Board,
            Subject = $"1 April {report.Year.StartYear} to 31 March {report.Year.StartYear + 1}",
            AsAt = report.AsAt,
            GroupColumn = "Section",
            Columns =
            [
                new("Measure", PaperCellKind.Text, 4),
                new("Figure", PaperCellKind.Number),
                new("Share, per cent", PaperCellKind.Number),
                new("Share of", PaperCellKind.Text, 2),
                new("Published", PaperCellKind.Number),
                new("Check against the document", PaperCellKind.Text, 3),
                new("Source", PaperCellKind.Text, 2),
            ],
            Groups = [.. report.Sections.Select(section => new PaperGroup(section.Heading, section.Heading,
            [
                new PaperRow([PaperCell.Text(section.Asks), .. Enumerable.Range(0, 6).Select(_ => PaperCell.Text((string?)null))]),
                .. section.Figures.Select(Row),
                .. section.Statements.Select(statement => new PaperRow([PaperCell.Text(statement), .. Enumerable.Range(0, 6).Select(_ => PaperCell.Text((string?)null))])),
            ]))],
            Notes =
            [
                "Every share is computed from the counts and compared with the figure the document published, allowing for its rounding; each disagreement is said. A figure the data does not give is said to be missing.",
                $"{report.Disagreements.Count} figure{(report.Disagreements.Count == 1 ? " disagrees" : "s disagree")} with the document.",
            ],
        };
    }

    private static PaperRow Row(YearlyReportFigure figure) => new(
    [
        PaperCell.Text(figure.Measure),
        figure.Missing is { } missing ? PaperCell.Of((decimal?)null, missing: missing) : PaperCell.Of(figure.Value, figure.DecimalPlaces, figure.Unit),
        PaperCell.Of(figure.Share, 1, "%", missing: "Not a share"),
        PaperCell.Text(figure.ShareOf ?? "–"),
        PaperCell.Of(figure.Published, figure.Published is { } published && published != decimal.Round(published) ? 1 : 0, figure.Share is not null || figure.Unit == "%" ? "%" : null, missing: "Not published"),
        PaperCell.Text(figure.Check ?? "Nothing published to compare"),
        PaperCell.Text(figure.Missing is null ? figure.Source.ToString() : "–"),
    ]);
}
