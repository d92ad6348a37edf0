namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Who leads an action: the plan's cell verbatim, and the agency and officer it names.</summary>
/// <param name="Text">The lead cell as written, such as "HSCB, Chair of QA, Lynne Renton".</param>
/// <param name="AgencyName">The lead agency's name as the board knows it, or <c>null</c> when the cell names no agency.</param>
/// <param name="Officer">The officer or role, such as "Chair of QA, Lynne Renton", or <c>null</c>.</param>
public sealed record ActionLead(string Text, string? AgencyName, string? Officer)
{
    /// <summary>Gets an empty lead, for an action whose plan names nobody.</summary>
    public static ActionLead None { get; } = new(string.Empty, null, null);

    /// <summary>Returns the lead cell as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
