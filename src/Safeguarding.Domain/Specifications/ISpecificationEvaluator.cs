namespace Safeguarding.Domain.Specifications;

/// <summary>Applies a specification to a query, for a database provider to translate.</summary>
public interface ISpecificationEvaluator
{
    /// <summary>Applies the specification's filters, orderings and paging to a query.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="query">The query, such as a <c>DbSet</c>.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query with the specification applied.</returns>
    IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class;
}

/// <summary>Applies a specification to items in memory.</summary>
public interface IInMemorySpecificationEvaluator
{
    /// <summary>Applies the specification's filters, orderings and paging to items.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="source">The items.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The items that satisfy it, ordered and paged.</returns>
    IEnumerable<T> Evaluate<T>(IEnumerable<T> source, ISpecification<T> specification);
}
