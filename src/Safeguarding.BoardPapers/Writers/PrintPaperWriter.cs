using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Safeguarding.Domain.Rag;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>
/// Writes a board paper as a print-ready A4 HTML page: the board, the title, the as-at date (and "as
/// it stood on") and the notes, then each group under its heading as a table of the printed columns,
/// a page of its own for each group, the board and the as-at date heading every page and "Page n of
/// m" in its margin (<see cref="Stylesheet"/>). A whole page of its own, with no intranet navigation
/// and no script.
/// </summary>
public static class PrintPaperWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Gets the print view's stylesheet.</summary>
    public static string Stylesheet { get; } = ReadStylesheet();

    /// <summary>Writes the paper as a whole HTML page.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="stylesheetHref">
    /// The address the page links its stylesheet from (serve <see cref="Stylesheet"/> there), for a
    /// site whose content security policy refuses inline styles; <c>null</c> to put the stylesheet in
    /// the page, for a file that stands alone.
    /// </param>
    /// <returns>The page.</returns>
    public static string Write(BoardPaper paper, string? stylesheetHref = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var html = new System.Text.StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(paper.Title)).Append(" – ").Append(E(paper.Board)).Append("</title>\n");
        if (stylesheetHref is null)
        {
            html.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
        }
        else
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(E(stylesheetHref)).Append("\">\n");
        }
        html.Append("</head>\n<body class=\"sg-paper\">\n<main>\n<header class=\"sg-paper__header\">\n");
        html.Append("<p class=\"sg-paper__board\">").Append(E(paper.Board)).Append("</p>\n");
        html.Append("<h1>").Append(E(paper.Title)).Append("</h1>\n");
        if (paper.Subject is { } subject)
        {
            html.Append("<p class=\"sg-paper__subject\">").Append(E(subject)).Append("</p>\n");
        }
        html.Append("<dl class=\"sg-paper__facts\">\n<dt>As at</dt><dd>").Append(Time(paper.AsAt)).Append("</dd>\n");
        if (paper.AsItStoodOnText is { } stood)
        {
            html.Append("<dt>As it stood on</dt><dd>").Append(E(stood)).Append(" (UK time): nothing recorded since is shown</dd>\n");
        }
        html.Append("</dl>\n");
        foreach (var note in paper.Notes)
        {
            html.Append("<p class=\"sg-paper__note\">").Append(E(note)).Append("</p>\n");
        }
        html.Append("<p class=\"sg-paper__screen-only\">Print this page, or save it as a PDF, with your browser's Print command: it is laid out for A4 paper, with the board and the date on every page and each group on a page of its own.</p>\n");
        html.Append("</header>\n");
        if (paper.Groups.Count == 0)
        {
            html.Append("<p class=\"sg-paper__empty\">").Append(E(paper.EmptyMessage)).Append("</p>\n");
        }
        var columns = paper.PrintedColumns;
        var indexes = columns.Select(column => paper.Columns.ToList().IndexOf(column)).ToList();
        for (var g = 0; g < paper.Groups.Count; g++)
        {
            var group = paper.Groups[g];
            var id = string.Create(CultureInfo.InvariantCulture, $"sg-paper-group-{g + 1}");
            html.Append("<section class=\"sg-paper__group\" aria-labelledby=\"").Append(id).Append("\">\n");
            html.Append("<h2 id=\"").Append(id).Append("\">").Append(E(group.Heading)).Append("</h2>\n");
            html.Append("<table class=\"sg-paper__table\">\n<thead>\n");
            html.Append("<tr class=\"sg-paper__running\" aria-hidden=\"true\"><td colspan=\"").Append(columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(E(paper.RunningHeader)).Append("</td></tr>\n<tr>");
            foreach (var column in columns)
            {
                html.Append("<th scope=\"col\" class=\"sg-paper__w").Append(Math.Clamp(column.Width, 1, 5).ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(E(column.Heading)).Append("</th>");
            }
            html.Append("</tr>\n</thead>\n<tbody>\n");
            foreach (var row in group.Rows)
            {
                html.Append("<tr>");
                foreach (var index in indexes)
                {
                    AppendCell(html, row.Cells[index]);
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCell(System.Text.StringBuilder html, PaperCell cell)
    {
        if (cell.Missing is { } missing)
        {
            html.Append("<td><span class=\"sg-paper__missing\">").Append(E(missing)).Append("</span></td>");
            return;
        }
        switch (cell.Kind)
        {
            case PaperCellKind.Date:
                html.Append("<td class=\"sg-paper__date\">").Append(Time(cell.Date!.Value)).Append("</td>");
                break;
            case PaperCellKind.Number:
                html.Append("<td class=\"sg-paper__number\">").Append(E(cell.ToDisplayText())).Append("</td>");
                break;
            case PaperCellKind.Rating:
                html.Append("<td><p class=\"sg-paper__rating sg-paper__rating--").Append(Modifier(cell.Rating!.Rating)).Append("\">")
                    .Append(Headline(cell.Rating)).Append("</p>");
                foreach (var line in cell.Rating.Details)
                {
                    html.Append("<p>").Append(E(line)).Append("</p>");
                }
                html.Append("</td>");
                break;
            case PaperCellKind.Text when cell.Bulleted:
                html.Append("<td><ul>");
                foreach (var line in cell.Lines)
                {
                    html.Append("<li>").Append(E(line)).Append("</li>");
                }
                html.Append("</ul></td>");
                break;
            default:
                html.Append("<td>");
                foreach (var line in cell.Lines)
                {
                    html.Append("<p>").Append(E(line)).Append("</p>");
                }
                html.Append("</td>");
                break;
        }
    }

    // The shape, hidden from screen readers (the words say it), then the words.
    private static string Headline(PaperRating rating) =>
        $"<span class=\"sg-paper__shape\" aria-hidden=\"true\">{E(rating.Headline.Shapes)}</span> {E(rating.Headline.Words)}";

    private static string Modifier(RagRating rating) => rating switch
    {
        RagRating.NotRated => "not-rated",
        RagRating.NotStarted => "not-started",
        RagRating.Red => "red",
        RagRating.Amber => "amber",
        RagRating.Green => "green",
        RagRating.Complete => "complete",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Expected a defined RAG rating."),
    };

    private static string Time(LocalDate date) =>
        $"<time datetime=\"{PaperText.Iso(date)}\">{E(Safeguarding.Domain.DisplayDates.Format(date))}</time>";

    private static string E(string text) => Encoder.Encode(text);

    private static string ReadStylesheet()
    {
        using var stream = typeof(PrintPaperWriter).Assembly.GetManifestResourceStream("Safeguarding.BoardPapers.board-paper.css")
            ?? throw new InvalidOperationException("Expected the print view's stylesheet in the Safeguarding.BoardPapers assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
