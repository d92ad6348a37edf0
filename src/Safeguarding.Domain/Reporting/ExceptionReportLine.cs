using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Reporting;

/// <summary>One action in an exception report, with its latest progress and its rating.</summary>
/// <param name="Assessment">The action's RAG assessment as at the report's date.</param>
public sealed record ExceptionReportLine(RagAssessment Assessment)
{
    /// <summary>Gets the action's ref.</summary>
    public string Ref => Assessment.Action.Ref;

    /// <summary>Gets the action, or its steps.</summary>
    public IReadOnlyList<string> Action =>
        Assessment.Action.Steps.Count > 0 ? Assessment.Action.Steps : [Assessment.Action.Summary];

    /// <summary>Gets the lead as written.</summary>
    public string Lead => Assessment.Action.Lead.Text;

    /// <summary>Gets the latest progress statement, or <c>null</c>.</summary>
    public string? Progress => Assessment.LatestProgress?.Statement;

    /// <summary>Gets the rating recorded by hand as written (such as "▲"), or <c>null</c> when none was recorded.</summary>
    public string? RecordedRating => Assessment.RecordedRating?.Text;

    /// <summary>Gets the derived rating.</summary>
    public RagRating Rating => Assessment.Rating;
}
