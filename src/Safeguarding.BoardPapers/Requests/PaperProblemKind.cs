namespace Safeguarding.BoardPapers.Requests;

/// <summary>Why a board paper cannot be built, so that a host answers with the right status.</summary>
public enum PaperProblemKind
{
    /// <summary>A parameter is missing or names nothing the data has, such as an agency the plan does not name (HTTP 400).</summary>
    Invalid = 0,

    /// <summary>What the address names does not exist, such as an action or a scorecard (HTTP 404).</summary>
    NotFound = 1,
}
