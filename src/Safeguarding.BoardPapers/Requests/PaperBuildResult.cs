namespace Safeguarding.BoardPapers.Requests;

/// <summary>A board paper built, or why it could not be.</summary>
public sealed record PaperBuildResult
{
    private PaperBuildResult()
    {
    }

    /// <summary>Gets the paper, or <c>null</c> when it could not be built.</summary>
    public BoardPaper? Paper { get; private init; }

    /// <summary>Gets why the paper could not be built, or <c>null</c> when it was.</summary>
    public PaperProblem? Problem { get; private init; }

    internal static PaperBuildResult Built(BoardPaper paper) => new() { Paper = paper };

    internal static PaperBuildResult Invalid(string field, string message) => new() { Problem = new(PaperProblemKind.Invalid, field, message) };

    internal static PaperBuildResult NotFound(string field, string message) => new() { Problem = new(PaperProblemKind.NotFound, field, message) };
}
