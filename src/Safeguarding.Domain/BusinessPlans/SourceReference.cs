namespace Safeguarding.Domain.BusinessPlans;

/// <summary>An entry in a plan's reference key of source documents, such as "AA6: Ofsted report…".</summary>
/// <param name="Key">The key, such as "AA6".</param>
/// <param name="Title">The document's title.</param>
public sealed record SourceReference(string Key, string Title);
