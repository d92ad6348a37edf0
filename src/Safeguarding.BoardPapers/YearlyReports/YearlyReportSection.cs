namespace Safeguarding.BoardPapers.YearlyReports;

/// <summary>One section of the partners' yearly report, in the order the guidance gives.</summary>
/// <param name="Heading">The section's heading, such as "What the partners did, and how effective the arrangements were".</param>
/// <param name="Asks">What the guidance asks the section to set out, in a sentence.</param>
/// <param name="Figures">Its figures, each traced to its source.</param>
/// <param name="Statements">What the section says in words, such as the priorities that made little or no progress; empty when it has only figures.</param>
public sealed record YearlyReportSection(string Heading, string Asks, IReadOnlyList<YearlyReportFigure> Figures, IReadOnlyList<string> Statements);
