namespace Safeguarding.Domain.Thresholds;

/// <summary>The Levels of Need guides that ship with the package.</summary>
public static class LevelsOfNeedGuides
{
    private const string HerefordshireResource = "Safeguarding.Domain.Thresholds.herefordshire-levels-of-need.json";

    private static readonly Lazy<LevelsOfNeedGuide> HerefordshireGuide = new(() =>
    {
        using var stream = typeof(LevelsOfNeedGuides).Assembly.GetManifestResourceStream(HerefordshireResource)
            ?? throw new InvalidOperationException($"Expected the embedded resource {HerefordshireResource} in the package.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return LevelsOfNeedGuideReader.Read(buffer.ToArray(), "herefordshire-levels-of-need.json");
    });

    /// <summary>
    /// Gets Herefordshire's guide, the default: seeds/thresholds/herefordshire-levels-of-need.json,
    /// transcribed from 003_2b82dd704ae0436e.txt with 000 and 002.
    /// </summary>
    public static LevelsOfNeedGuide Herefordshire => HerefordshireGuide.Value;
}
