namespace Safeguarding.Domain.Specifications;

/// <summary>
/// The base of every specification: a derived class fills <see cref="Query"/> in its constructor,
/// such as <c>Query.Where(action =&gt; …).OrderBy(action =&gt; action.Ref);</c>.
/// </summary>
/// <typeparam name="T">The type queried.</typeparam>
public abstract class Specification<T> : ISpecification<T>
{
    private readonly List<WhereExpressionInfo<T>> _whereExpressions = [];
    private readonly List<OrderExpressionInfo<T>> _orderExpressions = [];

    /// <summary>Creates an empty specification.</summary>
    protected Specification()
    {
        Query = new SpecificationBuilder<T>(this);
    }

    /// <inheritdoc/>
    public ISpecificationBuilder<T> Query { get; }

    /// <inheritdoc/>
    public IEnumerable<WhereExpressionInfo<T>> WhereExpressions => _whereExpressions;

    /// <inheritdoc/>
    public IEnumerable<OrderExpressionInfo<T>> OrderExpressions => _orderExpressions;

    /// <inheritdoc/>
    public int Skip { get; internal set; } = -1;

    /// <inheritdoc/>
    public int Take { get; internal set; } = -1;

    /// <inheritdoc/>
    public virtual IEnumerable<T> Evaluate(IEnumerable<T> entities) => InMemorySpecificationEvaluator.Default.Evaluate(entities, this);

    /// <inheritdoc/>
    public virtual bool IsSatisfiedBy(T entity) => _whereExpressions.All(where => where.FilterFunc(entity));

    internal void Add(WhereExpressionInfo<T> where) => _whereExpressions.Add(where);

    internal void Add(OrderExpressionInfo<T> order) => _orderExpressions.Add(order);
}
