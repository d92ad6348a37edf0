namespace Safeguarding.Domain.BusinessPlans;

/// <summary>A board's sub-group, such as the Quality Assurance and Evaluation Sub-Group, which monitors action areas.</summary>
/// <param name="Name">Its full name.</param>
/// <param name="ShortName">The name plans use after "Monitored by:", such as "QA Sub Group"; <c>null</c> when it has none.</param>
public sealed record SubGroup(string Name, string? ShortName);
