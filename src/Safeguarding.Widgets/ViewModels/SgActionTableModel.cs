namespace Safeguarding.Widgets.ViewModels;

/// <summary>The model of the shared partial <c>_SgActionTable</c>: a captioned table of actions.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Rows">The actions.</param>
public sealed record SgActionTableModel(string Caption, IReadOnlyList<ActionRowViewModel> Rows)
{
    /// <summary>
    /// Gets the staleness said once for the table rather than in every row, such as "12 of these 19
    /// actions have had no progress reported within the reporting cycle."; <c>null</c> when fewer
    /// than two are stale (a single one says so in its own explanation).
    /// </summary>
    public string? StaleNote
    {
        get
        {
            var stale = Rows.Count(row => row.IsStale);
            return stale < 2 ? null
                : stale == Rows.Count && stale == 2 ? "Neither of these actions has had progress reported within the board's reporting cycle."
                : stale == Rows.Count ? $"None of these {Rows.Count} actions has had progress reported within the board's reporting cycle."
                : $"{stale} of these {Rows.Count} actions have had no progress reported within the board's reporting cycle.";
        }
    }
}
