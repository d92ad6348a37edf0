namespace Safeguarding.BoardPapers;

/// <summary>One row of a board paper: one cell per column, in the paper's column order.</summary>
/// <param name="Cells">The cells.</param>
public sealed record PaperRow(IReadOnlyList<PaperCell> Cells);
