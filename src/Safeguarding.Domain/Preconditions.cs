using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Safeguarding.Domain;

/// <summary>Argument guards with messages that say what was expected (after NodaTime's own).</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Expected some text, but the value is empty or white space.", paramName);
        }
        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expectation, string paramName, string message)
    {
        if (!expectation)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static int CheckArgumentRange(int value, string paramName, int minimumInclusive, int maximumInclusive)
    {
        if (value < minimumInclusive || value > maximumInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"Expected a value from {minimumInclusive} to {maximumInclusive} inclusive.");
        }
        return value;
    }
}
