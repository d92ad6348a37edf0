namespace Safeguarding.Widgets.ViewModels;

/// <summary>The model of the shared partial <c>_SgActionTable</c>: a captioned table of actions.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Rows">The actions.</param>
public sealed record SgActionTableModel(string Caption, IReadOnlyList<ActionRowViewModel> Rows);
