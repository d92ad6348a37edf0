namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// Something a practitioner must do whatever level is suggested, such as "Contact the police or
/// the MASH now".
/// </summary>
/// <param name="Text">What to do.</param>
/// <param name="IsUrgent"><c>true</c> when it must be done now, before anything else.</param>
/// <param name="Source">Where the requirement comes from.</param>
/// <param name="Because">The selected indicators that require it.</param>
public sealed record RequiredAction(string Text, bool IsUrgent, SourceCitation Source, IReadOnlyList<NeedIndicator> Because);
