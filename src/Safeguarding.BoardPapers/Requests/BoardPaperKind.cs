namespace Safeguarding.BoardPapers.Requests;

/// <summary>The board papers a host serves, each named in addresses by <see cref="BoardPaperKinds.Name"/>.</summary>
public enum BoardPaperKind
{
    /// <summary>The exception report ("exception-report"); also as Word, in the board's own layout.</summary>
    ExceptionReport = 0,

    /// <summary>The action plan, whole or one agency's ("action-plan").</summary>
    ActionPlan = 1,

    /// <summary>A scorecard ("scorecard").</summary>
    Scorecard = 2,

    /// <summary>An action's progress history ("progress-history").</summary>
    ProgressHistory = 3,

    /// <summary>The progress returns due ("updates-due").</summary>
    UpdatesDue = 4,

    /// <summary>The partners' yearly report ("yearly-report").</summary>
    YearlyReport = 5,
}
