namespace Safeguarding.BoardPapers.Requests;

/// <summary>Why a board paper cannot be built: the parameter at fault and what was expected.</summary>
/// <param name="Kind">Whether the request is wrong or names something that does not exist.</param>
/// <param name="Field">The parameter, such as "agency".</param>
/// <param name="Message">What was expected and what was found, such as "Expected a lead agency of the plan … but found \"Wessex Police\".".</param>
public sealed record PaperProblem(PaperProblemKind Kind, string Field, string Message)
{
    /// <summary>Returns the parameter and message.</summary>
    /// <returns>Such as "agency: Expected …".</returns>
    public override string ToString() => $"{Field}: {Message}";
}
