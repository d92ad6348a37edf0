using System.Linq.Expressions;

namespace Safeguarding.Domain.Specifications;

/// <summary>The clauses of a specification: Where, OrderBy, ThenBy, Skip and Take, each with a <c>condition</c> overload that adds the clause only when the condition holds.</summary>
public static class SpecificationBuilderExtensions
{
    /// <summary>Adds a filter.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="criteria">The filter.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> Where<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, bool>> criteria) =>
        Where(builder, criteria, condition: true);

    /// <summary>Adds a filter when <paramref name="condition"/> holds.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="criteria">The filter.</param>
    /// <param name="condition">Whether to add it.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> Where<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, bool>> criteria, bool condition)
    {
        Preconditions.CheckNotNull(builder);
        if (condition)
        {
            builder.Specification.Add(new WhereExpressionInfo<T>(criteria));
        }
        return builder;
    }

    /// <summary>Orders ascending by a key.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="orderExpression">The key.</param>
    /// <returns>The builder, on which <c>ThenBy</c> may follow.</returns>
    public static IOrderedSpecificationBuilder<T> OrderBy<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression) =>
        Order(builder, orderExpression, OrderTypeEnum.OrderBy, condition: true);

    /// <summary>Orders ascending by a key when <paramref name="condition"/> holds.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="orderExpression">The key.</param>
    /// <param name="condition">Whether to add it.</param>
    /// <returns>The builder.</returns>
    public static IOrderedSpecificationBuilder<T> OrderBy<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression, bool condition) =>
        Order(builder, orderExpression, OrderTypeEnum.OrderBy, condition);

    /// <summary>Orders descending by a key.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="orderExpression">The key.</param>
    /// <returns>The builder, on which <c>ThenBy</c> may follow.</returns>
    public static IOrderedSpecificationBuilder<T> OrderByDescending<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression) =>
        Order(builder, orderExpression, OrderTypeEnum.OrderByDescending, condition: true);

    /// <summary>Then orders ascending by another key.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder after an ordering.</param>
    /// <param name="orderExpression">The key.</param>
    /// <returns>The builder.</returns>
    public static IOrderedSpecificationBuilder<T> ThenBy<T>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression) =>
        Order(builder, orderExpression, OrderTypeEnum.ThenBy, condition: true);

    /// <summary>Then orders descending by another key.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder after an ordering.</param>
    /// <param name="orderExpression">The key.</param>
    /// <returns>The builder.</returns>
    public static IOrderedSpecificationBuilder<T> ThenByDescending<T>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression) =>
        Order(builder, orderExpression, OrderTypeEnum.ThenByDescending, condition: true);

    /// <summary>Skips a number of items.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="skip">How many to skip, zero or more.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> Skip<T>(this ISpecificationBuilder<T> builder, int skip)
    {
        Preconditions.CheckNotNull(builder);
        Preconditions.CheckArgumentRange(skip, nameof(skip), 0, int.MaxValue);
        builder.Specification.Skip = skip;
        return builder;
    }

    /// <summary>Takes at most a number of items.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="take">How many to take, zero or more.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> Take<T>(this ISpecificationBuilder<T> builder, int take)
    {
        Preconditions.CheckNotNull(builder);
        Preconditions.CheckArgumentRange(take, nameof(take), 0, int.MaxValue);
        builder.Specification.Take = take;
        return builder;
    }

    private static SpecificationBuilder<T> Order<T>(ISpecificationBuilder<T> builder, Expression<Func<T, object?>> orderExpression, OrderTypeEnum orderType, bool condition)
    {
        Preconditions.CheckNotNull(builder);
        if (condition)
        {
            builder.Specification.Add(new OrderExpressionInfo<T>(orderExpression, orderType));
        }
        return builder as SpecificationBuilder<T> ?? new SpecificationBuilder<T>(builder.Specification);
    }
}
