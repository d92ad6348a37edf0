namespace Safeguarding.Widgets.ViewModels;

/// <summary>The LADO's case list: the year's cases, each under its pseudonymous reference, for the LADO only.</summary>
public sealed record LadoCasesViewModel
{
    /// <summary>Gets the heading, such as "LADO cases referred in 2015-16".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the line under the heading: how many cases, which, and the date.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the cases, in referral order.</summary>
    public required IReadOnlyList<LadoCaseRowViewModel> Cases { get; init; }

    /// <summary>Gets what to say when there are none.</summary>
    public required string Empty { get; init; }

    /// <summary>Gets the heading level.</summary>
    public int HeadingLevel { get; init; } = 2;
}

/// <summary>One case on the LADO's case list, in words.</summary>
/// <param name="Reference">The pseudonymous reference.</param>
/// <param name="Referred">The referral date, such as "1 April 2015".</param>
/// <param name="ReferredBy">The referring agency and its sector, such as "Example Academy Trust (Education)".</param>
/// <param name="WorksIn">The sector the person works in.</param>
/// <param name="HarmTest">The limbs of the harm test met, such as "1, 3", or "Not recorded".</param>
/// <param name="Status">Open or closed, and how long, such as "Closed after 20 days: within one month".</param>
/// <param name="IsOpen">Whether the case is open.</param>
/// <param name="Outcome">The outcome, or "None yet".</param>
/// <param name="ExceptionalDelay">The reason for an exceptional delay, or <c>null</c>.</param>
/// <param name="ReviewBy">The retention review date, or "Not set".</param>
public sealed record LadoCaseRowViewModel(string Reference, string Referred, string ReferredBy, string WorksIn, string HarmTest, string Status, bool IsOpen, string Outcome,
    string? ExceptionalDelay, string ReviewBy);
