namespace Safeguarding.Domain.Rag;

/// <summary>
/// One thing a RAG scheme rates. Most schemes have one; Herefordshire's 2014 plan rates
/// <em>Process</em> and <em>Completion to timescale</em> separately.
/// </summary>
public sealed class RagDimension
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="id">The id used in plan files, such as "completion".</param>
    /// <param name="name">The name shown to people, such as "Completion to timescale".</param>
    /// <param name="tracksCompletion">Whether the timescale rules (overdue, complete, risk window) apply to this dimension.</param>
    /// <param name="levels">The levels, each with a distinct code.</param>
    /// <exception cref="ArgumentException">The id or name is blank, there are no levels, or two levels share a code.</exception>
    public RagDimension(string id, string name, bool tracksCompletion, IEnumerable<RagLevel> levels)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = Preconditions.CheckNotBlank(name);
        TracksCompletion = tracksCompletion;
        Levels = [.. Preconditions.CheckNotNull(levels)];
        Preconditions.CheckArgument(Levels.Count > 0, nameof(levels), $"Expected at least one level in RAG dimension \"{id}\".");
        var duplicate = Levels.GroupBy(level => level.Code, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(levels), $"Expected distinct level codes in RAG dimension \"{id}\", but \"{duplicate?.Key}\" appears more than once.");
    }

    /// <summary>Gets the id used in plan files.</summary>
    public string Id { get; }

    /// <summary>Gets the name shown to people.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the timescale rules apply to this dimension.</summary>
    public bool TracksCompletion { get; }

    /// <summary>Gets the levels in the order the board lists them.</summary>
    public IReadOnlyList<RagLevel> Levels { get; }

    /// <summary>Finds the level written as <paramref name="code"/>.</summary>
    /// <param name="code">A level code, compared exactly after trimming white space.</param>
    /// <returns>The level, or <c>null</c> when the dimension has no such code.</returns>
    public RagLevel? FindLevel(string code)
    {
        var trimmed = Preconditions.CheckNotNull(code).Trim();
        return Levels.FirstOrDefault(level => string.Equals(level.Code, trimmed, StringComparison.Ordinal));
    }

    /// <summary>Returns the dimension's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
