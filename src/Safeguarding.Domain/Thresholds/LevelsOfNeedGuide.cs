namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// An area's Levels of Need (threshold) guide: its levels with their descriptors and response
/// pathways, and the indicators that place a child's needs at a level. Herefordshire's is the
/// default (seeds/thresholds/herefordshire-levels-of-need.json); any area can write its own in the
/// same format, including one that puts section 17 (child in need) at level 3.
/// </summary>
/// <param name="Area">The area the guide is for, such as "Herefordshire".</param>
/// <param name="Title">The guide's title.</param>
/// <param name="Source">The document the guide is transcribed from.</param>
/// <param name="Levels">The levels, lowest first, numbered 1, 2, 3… without gaps.</param>
/// <param name="Indicators">The indicators practitioners select from.</param>
/// <param name="IsIllustration">
/// <c>true</c> when the guide is an illustration of the format rather than an area's real guide.
/// The default is <c>false</c>.
/// </param>
/// <param name="Notes">What the transcriber had to decide; <c>null</c> when nothing.</param>
/// <remarks>
/// A guide supports professional judgement; it never decides (003_2b82dd704ae0436e.txt, section 5,
/// priority 3: the Levels of Need "acts as a guide to support professional judgement").
/// </remarks>
public sealed record LevelsOfNeedGuide(
    string Area,
    string Title,
    SourceCitation Source,
    IReadOnlyList<NeedLevel> Levels,
    IReadOnlyList<NeedIndicator> Indicators,
    bool IsIllustration = false,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>Gets the highest level, such as level 4.</summary>
    /// <exception cref="InvalidOperationException">The guide has no levels.</exception>
    public NeedLevel HighestLevel => Levels.Count > 0
        ? Levels.MaxBy(level => level.Number)!
        : throw new InvalidOperationException("Expected the guide to have at least one level.");

    /// <summary>Gets the level numbered <paramref name="number"/>.</summary>
    /// <param name="number">The level's number.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The guide has no such level.</exception>
    public NeedLevel Level(int number) =>
        Levels.FirstOrDefault(level => level.Number == number)
        ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"Expected a level of the {Area} guide ({string.Join(", ", Levels.Select(level => level.Number))}).");

    /// <summary>Gets the indicator whose id is <paramref name="id"/>.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The guide has no indicator with that id.</exception>
    public NeedIndicator Indicator(string id)
    {
        Preconditions.CheckNotNull(id);
        return Indicators.FirstOrDefault(indicator => string.Equals(indicator.Id, id, StringComparison.Ordinal))
            ?? throw new ArgumentException($"Expected the id of an indicator in the {Area} guide, but found \"{id}\".", nameof(id));
    }

    /// <summary>Finds what is wrong with the guide, each problem with the JSON path of the field concerned.</summary>
    /// <returns>No problems for a guide the decision aid can use.</returns>
    internal IReadOnlyList<(string Path, string Message)> FindProblems()
    {
        var problems = new List<(string Path, string Message)>();
        void RequireText(string? text, string path)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add((path, "expected some text"));
            }
        }
        void RequireSource(SourceCitation? source, string path)
        {
            if (source is null)
            {
                problems.Add((path, "expected the document this comes from"));
            }
            else
            {
                RequireText(source.Document, $"{path}.document");
            }
        }

        RequireText(Area, "$.area");
        RequireText(Title, "$.title");
        RequireSource(Source, "$.source");
        if (Levels is null || Levels.Count == 0)
        {
            problems.Add(("$.levels", "expected at least one level"));
            return problems;
        }
        for (var i = 0; i < Levels.Count; i++)
        {
            var level = Levels[i];
            var path = $"$.levels[{i}]";
            if (level.Number != i + 1)
            {
                problems.Add(($"{path}.number", $"expected levels numbered 1, 2, 3… in order, so {i + 1} here, but found {level.Number}"));
            }
            RequireText(level.Name, $"{path}.name");
            RequireText(level.Descriptor, $"{path}.descriptor");
            RequireSource(level.Source, $"{path}.source");
            if (level.Pathway is null || level.Pathway.Count == 0)
            {
                problems.Add(($"{path}.pathway", "expected at least one pathway step"));
                continue;
            }
            for (var j = 0; j < level.Pathway.Count; j++)
            {
                RequireText(level.Pathway[j].Text, $"{path}.pathway[{j}].text");
                RequireSource(level.Pathway[j].Source, $"{path}.pathway[{j}].source");
            }
        }
        var highest = Levels.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (Indicators?.Count ?? 0); i++)
        {
            var indicator = Indicators![i];
            var path = $"$.indicators[{i}]";
            RequireText(indicator.Id, $"{path}.id");
            RequireText(indicator.Text, $"{path}.text");
            RequireSource(indicator.Source, $"{path}.source");
            if (indicator.Id is not null && !ids.Add(indicator.Id))
            {
                problems.Add(($"{path}.id", $"expected a unique id, but \"{indicator.Id}\" is used by an earlier indicator"));
            }
            if (indicator.Level is { } number && (number < 1 || number > highest))
            {
                problems.Add(($"{path}.level", $"expected a level from 1 to {highest}, but found {number}"));
            }
            if (indicator.Level is null && indicator.Kind is NeedIndicatorKind.Need or NeedIndicatorKind.ImmediateDanger)
            {
                problems.Add(($"{path}.level", $"expected a level for a \"{indicator.Kind}\" indicator (only risk factors and private fostering may have none)"));
            }
            if (indicator.Kind == NeedIndicatorKind.ImmediateDanger && indicator.Level is { } dangerLevel && dangerLevel != highest)
            {
                problems.Add(($"{path}.level", $"expected immediate danger at the highest level, {highest}, but found {dangerLevel}"));
            }
        }
        return problems;
    }
}
