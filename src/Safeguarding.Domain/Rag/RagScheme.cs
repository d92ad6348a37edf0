namespace Safeguarding.Domain.Rag;

/// <summary>
/// How a board rates its actions: one or more dimensions, each with its levels. Built-in schemes
/// are in <see cref="BuiltInRagSchemes"/>; a board can define its own in its plan file.
/// </summary>
public sealed class RagScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <param name="id">The scheme's id, such as "hscb-2014".</param>
    /// <param name="name">The name shown to people.</param>
    /// <param name="dimensions">The dimensions: distinct ids, exactly one that tracks completion.</param>
    /// <exception cref="ArgumentException">The dimensions are empty, share an id, or do not have exactly one that tracks completion.</exception>
    public RagScheme(string id, string name, IEnumerable<RagDimension> dimensions)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = Preconditions.CheckNotBlank(name);
        Dimensions = [.. Preconditions.CheckNotNull(dimensions)];
        Preconditions.CheckArgument(Dimensions.Count > 0, nameof(dimensions), $"Expected at least one dimension in RAG scheme \"{id}\".");
        Preconditions.CheckArgument(
            Dimensions.Select(dimension => dimension.Id).Distinct(StringComparer.Ordinal).Count() == Dimensions.Count,
            nameof(dimensions), $"Expected distinct dimension ids in RAG scheme \"{id}\".");
        var tracking = Dimensions.Count(dimension => dimension.TracksCompletion);
        Preconditions.CheckArgument(tracking == 1, nameof(dimensions),
            $"Expected exactly one dimension of RAG scheme \"{id}\" to track completion, but found {tracking}.");
        CompletionDimension = Dimensions.Single(dimension => dimension.TracksCompletion);
    }

    /// <summary>Gets the scheme's id.</summary>
    public string Id { get; }

    /// <summary>Gets the scheme's name.</summary>
    public string Name { get; }

    /// <summary>Gets the dimensions in the order the board shows them.</summary>
    public IReadOnlyList<RagDimension> Dimensions { get; }

    /// <summary>Gets the dimension the timescale rules apply to.</summary>
    public RagDimension CompletionDimension { get; }

    /// <summary>Finds a dimension by id.</summary>
    /// <param name="dimensionId">The id, such as "process".</param>
    /// <returns>The dimension, or <c>null</c> when the scheme has none with that id.</returns>
    public RagDimension? FindDimension(string dimensionId) =>
        Dimensions.FirstOrDefault(dimension => string.Equals(dimension.Id, dimensionId, StringComparison.Ordinal));

    /// <summary>
    /// Reads a rating as written in a plan: a level code, or several codes joined by " / " (such
    /// as "● / ★", part complete, part in progress).
    /// </summary>
    /// <param name="dimensionId">The dimension's id.</param>
    /// <param name="text">The rating as written.</param>
    /// <param name="rating">The rating read, when the method returns <c>true</c>.</param>
    /// <param name="error">What was expected, when the method returns <c>false</c>.</param>
    /// <returns><c>true</c> when the dimension exists and every code is one of its levels.</returns>
    public bool TryReadRating(string dimensionId, string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RecordedRating? rating, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        Preconditions.CheckNotNull(text);
        rating = null;
        var dimension = FindDimension(dimensionId);
        if (dimension is null)
        {
            error = $"expected a dimension of the RAG scheme \"{Id}\" ({string.Join(", ", Dimensions.Select(d => $"\"{d.Id}\""))}), but found \"{dimensionId}\"";
            return false;
        }
        var whole = dimension.FindLevel(text);
        IReadOnlyList<RagLevel?> levels = whole is not null
            ? [whole]
            : [.. text.Split('/', StringSplitOptions.TrimEntries).Select(part => part.Length == 0 ? null : dimension.FindLevel(part))];
        if (levels.Any(level => level is null))
        {
            error = $"expected one of {string.Join(", ", dimension.Levels.Select(level => $"\"{level.Code}\""))} (or several joined by \" / \") for \"{dimension.Name}\", but found \"{text}\"";
            return false;
        }
        rating = new RecordedRating(dimension.Id, dimension.TracksCompletion, text.Trim(), [.. levels.Select(level => level!)]);
        error = null;
        return true;
    }

    /// <summary>Returns the scheme's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
