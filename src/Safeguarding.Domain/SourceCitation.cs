namespace Safeguarding.Domain;

/// <summary>
/// Where a figure, descriptor or rule in a data file comes from: the document and the place in
/// it, so that anyone can check it against the original.
/// </summary>
/// <param name="Document">The document, such as a seed file name ("003_2b82dd704ae0436e.txt") or the title of a guidance document.</param>
/// <param name="Where">The section, table or paragraph, such as "Appendix 3"; <c>null</c> when the whole document is meant.</param>
/// <param name="Quote">The words of the document the entry rests on, verbatim; <c>null</c> when none is needed.</param>
public sealed record SourceCitation(string Document, string? Where = null, string? Quote = null)
{
    /// <summary>Returns the document and place, such as "003_2b82dd704ae0436e.txt, Appendix 3".</summary>
    /// <returns>The citation as one line.</returns>
    public override string ToString() => Where is null ? Document : $"{Document}, {Where}";
}
