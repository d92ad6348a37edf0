namespace Safeguarding.Domain.Specifications;

/// <summary>Applies a specification to items in memory, such as a plan read from a file.</summary>
public sealed class InMemorySpecificationEvaluator : IInMemorySpecificationEvaluator
{
    private InMemorySpecificationEvaluator()
    {
    }

    /// <summary>Gets the evaluator.</summary>
    public static InMemorySpecificationEvaluator Default { get; } = new();

    /// <inheritdoc/>
    public IEnumerable<T> Evaluate<T>(IEnumerable<T> source, ISpecification<T> specification)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            source = source.Where(where.FilterFunc);
        }
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => source.OrderBy(order.KeySelectorFunc),
                OrderTypeEnum.OrderByDescending => source.OrderByDescending(order.KeySelectorFunc),
                OrderTypeEnum.ThenBy => (ordered ?? throw MissingOrderBy()).ThenBy(order.KeySelectorFunc),
                OrderTypeEnum.ThenByDescending => (ordered ?? throw MissingOrderBy()).ThenByDescending(order.KeySelectorFunc),
                _ => throw new InvalidOperationException($"Unknown order type {order.OrderType}."),
            };
            source = ordered;
        }
        if (specification.Skip > 0)
        {
            source = source.Skip(specification.Skip);
        }
        if (specification.Take >= 0)
        {
            source = source.Take(specification.Take);
        }
        return source;
    }

    private static InvalidOperationException MissingOrderBy() =>
        new("Expected OrderBy or OrderByDescending before ThenBy in the specification.");
}
