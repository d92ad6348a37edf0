using System.Text.RegularExpressions;

namespace Safeguarding.Domain;

/// <summary>
/// A pseudonymous reference to a child or a case, such as "PF-2016-003" or "LADO/2015/117". Case
/// records in this package carry a reference, never a person's name.
/// </summary>
/// <remarks>
/// A reference is 2 to 40 characters: letters, digits, hyphens, slashes, underscores and full
/// stops, with at least one digit and no spaces. The rule cannot prove that a text is not a name,
/// but it refuses the usual mistakes: "Jane Smith" (a space) and "JaneSmith" (no digit). Keep the
/// key that links a reference to a person in the case management system, not here.
/// </remarks>
public sealed partial record CaseReference
{
    /// <summary>Creates a reference after checking its format.</summary>
    /// <param name="value">The reference, such as "PF-2016-003"; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a pseudonymous reference (see remarks).</exception>
    public CaseReference(string value)
    {
        Preconditions.CheckNotNull(value);
        var trimmed = value.Trim();
        Preconditions.CheckArgument(Format().IsMatch(trimmed) && trimmed.Any(char.IsAsciiDigit), nameof(value),
            "Expected a pseudonymous case reference such as \"PF-2016-003\": 2 to 40 letters, digits, '-', '/', '_' or '.', with at least one digit and no spaces. Never use a person's name.");
        Value = trimmed;
    }

    /// <summary>Gets the reference text.</summary>
    public string Value { get; }

    /// <summary>Returns the reference text.</summary>
    /// <returns>Such as "PF-2016-003".</returns>
    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-/_.]{1,39}$")]
    private static partial Regex Format();
}
