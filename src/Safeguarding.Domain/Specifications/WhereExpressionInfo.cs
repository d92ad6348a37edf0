using System.Linq.Expressions;

namespace Safeguarding.Domain.Specifications;

/// <summary>A filter of a specification, as an expression a database provider can translate and as a compiled function.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public sealed class WhereExpressionInfo<T>
{
    private readonly Lazy<Func<T, bool>> _filterFunc;

    /// <summary>Creates a filter.</summary>
    /// <param name="filter">The filter expression.</param>
    public WhereExpressionInfo(Expression<Func<T, bool>> filter)
    {
        Filter = Preconditions.CheckNotNull(filter);
        _filterFunc = new Lazy<Func<T, bool>>(filter.Compile);
    }

    /// <summary>Gets the filter expression.</summary>
    public Expression<Func<T, bool>> Filter { get; }

    /// <summary>Gets the filter compiled, for evaluation in memory.</summary>
    public Func<T, bool> FilterFunc => _filterFunc.Value;
}
