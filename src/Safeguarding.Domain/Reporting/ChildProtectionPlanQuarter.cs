namespace Safeguarding.Domain.Reporting;

/// <summary>Children subject to a child protection plan on the last day of one quarter, by category of abuse.</summary>
/// <param name="Quarter">The quarter's number, 1 to 4.</param>
/// <param name="Categories">The count in each category, with the published percentage.</param>
public sealed record ChildProtectionPlanQuarter(int Quarter, IReadOnlyList<CategoryCount> Categories)
{
    /// <summary>Gets the children subject to a plan: the sum of the categories.</summary>
    public int Total => Categories.Sum(category => category.Count);

    /// <summary>Gets a category's share of <see cref="Total"/> as a percentage, computed from the counts.</summary>
    /// <param name="category">The category, as named in <see cref="Categories"/>.</param>
    /// <returns>The unrounded percentage.</returns>
    /// <exception cref="ArgumentException">There is no such category.</exception>
    public decimal PercentOf(string category)
    {
        var found = Categories.FirstOrDefault(candidate => string.Equals(candidate.Category, category, StringComparison.Ordinal))
            ?? throw new ArgumentException($"Expected one of the categories {string.Join(", ", Categories.Select(candidate => $"\"{candidate.Category}\""))}, but found \"{category}\".", nameof(category));
        return PublishedFigures.Percentage(found.Count, Total);
    }
}
