namespace Safeguarding.Domain.Specifications;

/// <summary>Applies a specification to an <see cref="IQueryable{T}"/>; the Entity Framework Core package evaluates with it.</summary>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    private SpecificationEvaluator()
    {
    }

    /// <summary>Gets the evaluator.</summary>
    public static SpecificationEvaluator Default { get; } = new();

    /// <inheritdoc/>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => (ordered ?? throw MissingOrderBy()).ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => (ordered ?? throw MissingOrderBy()).ThenByDescending(order.KeySelector),
                _ => throw new InvalidOperationException($"Unknown order type {order.OrderType}."),
            };
            query = ordered;
        }
        if (specification.Skip > 0)
        {
            query = query.Skip(specification.Skip);
        }
        if (specification.Take >= 0)
        {
            query = query.Take(specification.Take);
        }
        return query;
    }

    private static InvalidOperationException MissingOrderBy() =>
        new("Expected OrderBy or OrderByDescending before ThenBy in the specification.");
}
