namespace Safeguarding.Domain.Reporting;

/// <summary>How many cases share one reason, such as child deaths awaiting review because a post-mortem is awaited.</summary>
/// <param name="Reason">The reason, in the document's words.</param>
/// <param name="Count">How many.</param>
public sealed record ReasonCount(string Reason, int Count);
