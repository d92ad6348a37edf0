using Ardalis.Specification;

namespace Safeguarding.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies an Ardalis.Specification specification to an <see cref="IQueryable{T}"/> (a
/// <c>DbSet</c> or a query over one) so that Entity Framework Core translates it to SQL: the
/// filters, the ordering and the paging, by the package's own <see cref="WhereEvaluator"/>,
/// <see cref="OrderEvaluator"/> and <see cref="PaginationEvaluator"/>. It stands in for the
/// package's Entity Framework Core evaluator (Ardalis.Specification.EntityFrameworkCore), with its
/// name, until that package can be used here.
/// </summary>
/// <remarks>
/// Nothing is compiled here: the expressions go to the provider as they are, and Entity Framework
/// Core caches its translation of each query shape. In memory, the package's
/// <see cref="InMemorySpecificationEvaluator"/> compiles each filter and key once per
/// specification instance and keeps the delegate. A specification that asks for what this
/// evaluator does not apply (search, includes, tracking or query-filter options, tags, a
/// post-processing step) is refused with <see cref="NotSupportedException"/> rather than
/// evaluated differently in SQL than in memory.
/// </remarks>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    private static readonly IEvaluator[] Evaluators = [WhereEvaluator.Instance, OrderEvaluator.Instance, PaginationEvaluator.Instance];

    private SpecificationEvaluator()
    {
    }

    /// <summary>Gets the evaluator.</summary>
    public static SpecificationEvaluator Default { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="NotSupportedException">The specification uses a feature this evaluator does not apply.</exception>
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        if (UnsupportedFeature(specification) is { } feature)
        {
            throw Unsupported(specification, feature);
        }
        foreach (var evaluator in Evaluators)
        {
            if (!evaluateCriteriaOnly || evaluator.IsCriteriaEvaluator)
            {
                inputQuery = evaluator.GetQuery(inputQuery, specification);
            }
        }
        return inputQuery;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="NotSupportedException">The specification uses a feature this evaluator does not apply.</exception>
    /// <exception cref="SelectorNotFoundException">The specification has no selector.</exception>
    /// <exception cref="ConcurrentSelectorsException">The specification has both a selector and a many-selector.</exception>
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.PostProcessingAction is not null)
        {
            throw Unsupported(specification, "PostProcessingAction");
        }
        var query = GetQuery(inputQuery, (ISpecification<T>)specification);
        return (specification.Selector, specification.SelectorMany) switch
        {
            (null, null) => throw new SelectorNotFoundException(),
            (not null, not null) => throw new ConcurrentSelectorsException(),
            (var selector, null) => query.Select(selector),
            (null, var selectorMany) => query.SelectMany(selectorMany),
        };
    }

    private static string? UnsupportedFeature<T>(ISpecification<T> specification)
    {
        if (specification.SearchCriterias.Any())
        {
            return "Search";
        }
        if (specification.IncludeExpressions.Any() || specification.IncludeStrings.Any())
        {
            return "Include";
        }
        if (specification.QueryTags.Any())
        {
            return "TagWith";
        }
        if (specification.PostProcessingAction is not null)
        {
            return "PostProcessingAction";
        }
        if (specification.AsTracking || specification.AsNoTracking || specification.AsNoTrackingWithIdentityResolution)
        {
            return "a tracking option";
        }
        return specification.AsSplitQuery || specification.IgnoreQueryFilters || specification.IgnoreAutoIncludes ? "a query option" : null;
    }

    private static NotSupportedException Unsupported(object specification, string feature) =>
        new($"{specification.GetType().Name} uses {feature}, which {typeof(SpecificationEvaluator).FullName} does not apply; it applies Where, OrderBy/ThenBy, Skip and Take.");
}
