namespace Safeguarding.Domain.BusinessPlans;

/// <summary>The business unit's decision on one progress update, as submitted.</summary>
public sealed record ReviewSubmission
{
    /// <summary>Gets the ref of the action.</summary>
    public required string ActionRef { get; init; }

    /// <summary>Gets the number of the update reviewed.</summary>
    public required int UpdateNumber { get; init; }

    /// <summary>Gets the decision.</summary>
    public required ReviewOutcome Outcome { get; init; }

    /// <summary>Gets why it is returned (required then), or a note on accepting it.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets who reviews it.</summary>
    public required UpdateAuthor ReviewedBy { get; init; }

    /// <summary>Gets when.</summary>
    public required Instant ReviewedAt { get; init; }
}
