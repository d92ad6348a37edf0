using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Safeguarding.BoardPapers;

/// <summary>Argument guards with messages that say what was expected (as the domain's own).</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static int CheckArgumentRange(int value, string paramName, int minimumInclusive, int maximumInclusive) =>
        value < minimumInclusive || value > maximumInclusive
            ? throw new ArgumentOutOfRangeException(paramName, value, $"Expected a value from {minimumInclusive} to {maximumInclusive} inclusive.")
            : value;
}
