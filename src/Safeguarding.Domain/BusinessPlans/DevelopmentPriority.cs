namespace Safeguarding.Domain.BusinessPlans;

/// <summary>A longer-term priority under a plan's priority, with the years it runs in ("13-14", "14-15").</summary>
/// <param name="Text">The priority, verbatim.</param>
/// <param name="Years">The year labels, as written.</param>
public sealed record DevelopmentPriority(string Text, IReadOnlyList<string> Years);
