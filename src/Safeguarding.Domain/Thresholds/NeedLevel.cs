namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// One level of a Levels of Need (threshold) guide, such as Herefordshire's level 2 "relevant-agency
/// intervention", with what it means and the response pathway practitioners follow at that level.
/// </summary>
/// <param name="Number">The level's number, from 1 (lowest need).</param>
/// <param name="Name">The level's short name.</param>
/// <param name="Descriptor">What the level means.</param>
/// <param name="Source">The document the name and descriptor come from.</param>
/// <param name="Pathway">The steps to take at this level, in order.</param>
public sealed record NeedLevel(int Number, string Name, string Descriptor, SourceCitation Source, IReadOnlyList<PathwayStep> Pathway)
{
    /// <summary>Returns the level as practitioners say it, such as "Level 2: Relevant-agency intervention".</summary>
    /// <returns>The number and name.</returns>
    public override string ToString() => $"Level {Number}: {Name}";
}
