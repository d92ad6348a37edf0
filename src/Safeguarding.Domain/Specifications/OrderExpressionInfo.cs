using System.Linq.Expressions;

namespace Safeguarding.Domain.Specifications;

/// <summary>An ordering clause of a specification.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public sealed class OrderExpressionInfo<T>
{
    private readonly Lazy<Func<T, object?>> _keySelectorFunc;

    /// <summary>Creates an ordering clause.</summary>
    /// <param name="keySelector">The key to order by.</param>
    /// <param name="orderType">How to order.</param>
    public OrderExpressionInfo(Expression<Func<T, object?>> keySelector, OrderTypeEnum orderType)
    {
        KeySelector = Preconditions.CheckNotNull(keySelector);
        OrderType = orderType;
        _keySelectorFunc = new Lazy<Func<T, object?>>(keySelector.Compile);
    }

    /// <summary>Gets the key expression.</summary>
    public Expression<Func<T, object?>> KeySelector { get; }

    /// <summary>Gets how to order.</summary>
    public OrderTypeEnum OrderType { get; }

    /// <summary>Gets the key compiled, for evaluation in memory.</summary>
    public Func<T, object?> KeySelectorFunc => _keySelectorFunc.Value;
}
