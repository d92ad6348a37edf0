namespace Safeguarding.Domain.Specifications;

/// <summary>Fills a specification; clauses are the extension methods of <see cref="SpecificationBuilderExtensions"/>.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public interface ISpecificationBuilder<T>
{
    /// <summary>Gets the specification being filled.</summary>
    Specification<T> Specification { get; }
}

/// <summary>A builder after an ordering clause, on which <c>ThenBy</c> may follow.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public interface IOrderedSpecificationBuilder<T> : ISpecificationBuilder<T>
{
}
