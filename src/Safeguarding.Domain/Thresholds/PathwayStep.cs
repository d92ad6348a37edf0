namespace Safeguarding.Domain.Thresholds;

/// <summary>One step of the response pathway for a level of need, such as "Complete the pre-assessment checklist".</summary>
/// <param name="Kind">What kind of step it is.</param>
/// <param name="Text">The step as a practitioner reads it.</param>
/// <param name="Source">The document the step comes from.</param>
public sealed record PathwayStep(PathwayStepKind Kind, string Text, SourceCitation Source);
