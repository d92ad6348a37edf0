namespace Safeguarding.Domain.Specifications;

/// <summary>
/// A query written once and evaluated in memory or by a database provider. A subset of
/// Ardalis.Specification (v9) with the same type and member names, so that swapping in that
/// package later is a change of <c>using</c>.
/// </summary>
/// <typeparam name="T">The type queried.</typeparam>
public interface ISpecification<T>
{
    /// <summary>Gets the builder that fills the specification, used in a specification's constructor.</summary>
    ISpecificationBuilder<T> Query { get; }

    /// <summary>Gets the filters, all of which an item must satisfy.</summary>
    IEnumerable<WhereExpressionInfo<T>> WhereExpressions { get; }

    /// <summary>Gets the orderings, first to last.</summary>
    IEnumerable<OrderExpressionInfo<T>> OrderExpressions { get; }

    /// <summary>Gets how many items to skip, or -1 for none.</summary>
    int Skip { get; }

    /// <summary>Gets how many items to take, or -1 for all.</summary>
    int Take { get; }

    /// <summary>Applies the specification to items in memory.</summary>
    /// <param name="entities">The items.</param>
    /// <returns>The items that satisfy it, ordered and paged.</returns>
    IEnumerable<T> Evaluate(IEnumerable<T> entities);

    /// <summary>Tells whether one item satisfies every filter.</summary>
    /// <param name="entity">The item.</param>
    /// <returns><c>true</c> when it does.</returns>
    bool IsSatisfiedBy(T entity);
}
