namespace Safeguarding.Domain.Specifications;

/// <summary>How an ordering clause orders (the name is Ardalis.Specification's).</summary>
public enum OrderTypeEnum
{
    /// <summary>Ascending, first clause.</summary>
    OrderBy = 1,

    /// <summary>Descending, first clause.</summary>
    OrderByDescending = 2,

    /// <summary>Ascending, a following clause.</summary>
    ThenBy = 3,

    /// <summary>Descending, a following clause.</summary>
    ThenByDescending = 4,
}
