namespace Safeguarding.Domain.Allegations;

/// <summary>One column of the allegations spreadsheet (<see cref="AllegationSpreadsheet"/>): its heading, whether it must be there, and what it holds.</summary>
/// <param name="Heading">The heading, such as "referred"; matched ignoring case, spaces, hyphens and underscores ("Referred", "REFERRED", "referred_on" does not match).</param>
/// <param name="Required">Whether the column must be there.</param>
/// <param name="Holds">What a cell holds and how it is written.</param>
/// <param name="Property">The <see cref="AllegationCase"/> property it fills.</param>
public sealed record AllegationSpreadsheetColumn(string Heading, bool Required, string Holds, string Property)
{
    /// <summary>Gets the heading as it is matched: lower case, without spaces, hyphens or underscores.</summary>
    internal string Key => Normalise(Heading);

    internal static string Normalise(string heading) =>
        new([.. heading.Trim().ToLowerInvariant().Where(character => character is not (' ' or '-' or '_'))]);
}
