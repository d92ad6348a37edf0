namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// Something a practitioner may see in a child's or family's circumstances that a Levels of Need
/// guide places at a level, such as "may be suffering, or likely to suffer, significant harm".
/// </summary>
/// <param name="Id">A short identifier, unique in the guide, such as "significant-harm".</param>
/// <param name="Text">The indicator as a practitioner reads it.</param>
/// <param name="Source">The document the indicator comes from.</param>
/// <param name="Level">The number of the level it indicates; <c>null</c> (the default) for a risk factor the guide gives no level.</param>
/// <param name="Kind">What selecting it means beyond its level. The default is <see cref="NeedIndicatorKind.Need"/>.</param>
/// <param name="IsExample">
/// <c>true</c> when the documents do not list this indicator and it is in the file only as a clearly
/// marked example of the format. The default is <c>false</c>.
/// </param>
public sealed record NeedIndicator(
    string Id,
    string Text,
    SourceCitation Source,
    int? Level = null,
    NeedIndicatorKind Kind = NeedIndicatorKind.Need,
    bool IsExample = false);
