namespace Safeguarding.BoardPapers;

/// <summary>
/// One cell of a board paper, typed so that each format writes it as its own kind: text (lines or a
/// bulleted list), a date, a number, a RAG rating, or a figure that is missing — which says so
/// ("No update yet", "Not published") and is never written as a blank or a zero.
/// </summary>
public sealed record PaperCell
{
    private PaperCell(PaperCellKind kind) => Kind = kind;

    /// <summary>Gets what the cell holds.</summary>
    public PaperCellKind Kind { get; }

    /// <summary>Gets the cell's lines of text (for a text cell), or an empty list.</summary>
    public IReadOnlyList<string> Lines { get; private init; } = [];

    /// <summary>Gets a value indicating whether the lines are a bulleted list (an action's steps).</summary>
    public bool Bulleted { get; private init; }

    /// <summary>Gets the date, for a date cell that has one.</summary>
    public LocalDate? Date { get; private init; }

    /// <summary>Gets the number, for a number cell that has one.</summary>
    public decimal? Number { get; private init; }

    /// <summary>Gets how many decimal places a number is shown with. The default is 0.</summary>
    public int DecimalPlaces { get; private init; }

    /// <summary>Gets the unit printed after a number, such as "%"; <c>null</c> for none.</summary>
    public string? Unit { get; private init; }

    /// <summary>Gets the rating, for a rating cell that has one.</summary>
    public PaperRating? Rating { get; private init; }

    /// <summary>Gets what the paper says in place of a figure that is missing, such as "No update yet"; <c>null</c> when the cell has its figure.</summary>
    public string? Missing { get; private init; }

    /// <summary>Gets a value indicating whether the cell is empty: text with no lines (a column this row has nothing for, such as no progress statement).</summary>
    public bool IsEmpty => Kind == PaperCellKind.Text && Lines.Count == 0;

    /// <summary>Creates a text cell.</summary>
    /// <param name="text">The text, as it is (a leading tab stays, for the writers to neutralise); <c>null</c> or white space for an empty cell.</param>
    /// <returns>The cell.</returns>
    public static PaperCell Text(string? text) =>
        new(PaperCellKind.Text) { Lines = string.IsNullOrWhiteSpace(text) ? [] : [text] };

    /// <summary>Creates a text cell of several lines, or of a bulleted list.</summary>
    /// <param name="lines">The lines, each as it is; blank ones are left out.</param>
    /// <param name="bulleted"><c>true</c> for a bulleted list.</param>
    /// <returns>The cell.</returns>
    public static PaperCell Text(IEnumerable<string?> lines, bool bulleted = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new(PaperCellKind.Text) { Lines = [.. lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)], Bulleted = bulleted };
    }

    /// <summary>Creates a date cell.</summary>
    /// <param name="date">The date, or <c>null</c> when there is none.</param>
    /// <param name="missing">What to say when there is no date, such as "No update yet". The default is "None".</param>
    /// <returns>The cell.</returns>
    public static PaperCell Of(LocalDate? date, string missing = "None") =>
        date is null ? new(PaperCellKind.Date) { Missing = missing } : new(PaperCellKind.Date) { Date = date };

    /// <summary>Creates a number cell.</summary>
    /// <param name="number">The number, or <c>null</c> when there is none.</param>
    /// <param name="decimalPlaces">How many decimal places to show. The default is 0.</param>
    /// <param name="unit">A unit printed after the number, such as "%"; <c>null</c> (the default) for none.</param>
    /// <param name="missing">What to say when there is no number, such as "Not published". The default is "None".</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> is not from 0 to 6.</exception>
    public static PaperCell Of(decimal? number, int decimalPlaces = 0, string? unit = null, string missing = "None")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimalPlaces);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimalPlaces, 6);
        return number is null
            ? new(PaperCellKind.Number) { Missing = missing, DecimalPlaces = decimalPlaces, Unit = unit }
            : new(PaperCellKind.Number) { Number = number, DecimalPlaces = decimalPlaces, Unit = unit };
    }

    /// <summary>Creates a rating cell.</summary>
    /// <param name="rating">The rating, or <c>null</c> when there is none.</param>
    /// <param name="missing">What to say when there is no rating. The default is "Not rated".</param>
    /// <returns>The cell.</returns>
    public static PaperCell Of(PaperRating? rating, string missing = "Not rated") =>
        rating is null ? new(PaperCellKind.Rating) { Missing = missing } : new(PaperCellKind.Rating) { Rating = rating };

    /// <summary>Gets the cell as plain text, as CSV writes it: lines joined by line breaks, dates as yyyy-MM-dd, numbers with a full stop, a rating's words.</summary>
    /// <returns>The text.</returns>
    public string ToPlainText() => Missing ?? Kind switch
    {
        PaperCellKind.Text => string.Join("\n", Lines),
        PaperCellKind.Date => PaperText.Iso(Date!.Value),
        PaperCellKind.Number => PaperText.Invariant(Number!.Value, DecimalPlaces),
        PaperCellKind.Rating => Rating!.Word,
        _ => throw new InvalidOperationException($"Expected a defined cell kind, but found {Kind}."),
    };

    /// <summary>Gets the cell as a person reads it on paper: dates as "31 May 2009", numbers with their unit, a rating's symbol and words.</summary>
    /// <returns>The text.</returns>
    public string ToDisplayText() => Missing ?? Kind switch
    {
        PaperCellKind.Text => string.Join("\n", Lines),
        PaperCellKind.Date => Safeguarding.Domain.DisplayDates.Format(Date!.Value),
        PaperCellKind.Number => PaperText.Display(Number!.Value, DecimalPlaces) + Unit,
        PaperCellKind.Rating => $"{Rating!.Symbol} {Rating.Word}",
        _ => throw new InvalidOperationException($"Expected a defined cell kind, but found {Kind}."),
    };

    /// <summary>Returns the cell as plain text.</summary>
    /// <returns>See <see cref="ToPlainText"/>.</returns>
    public override string ToString() => ToPlainText();
}
