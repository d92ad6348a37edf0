namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// The change a scorecard printed beside an indicator, as the document printed it, with the
/// transcriber's reading of which quarters it compares.
/// </summary>
/// <param name="Text">The change verbatim, such as "-35%" (or "%6", as the conversion reversed it).</param>
/// <param name="Percent">The change as a number of percent, as read from the text; <c>null</c> when it cannot be read.</param>
/// <param name="FromQuarter">The earlier quarter the printed change compares, when its figures reproduce it; otherwise <c>null</c>.</param>
/// <param name="ToQuarter">The later quarter the printed change compares, when its figures reproduce it; otherwise <c>null</c>.</param>
/// <param name="IsInconsistent"><c>true</c> when the printed change does not follow from the printed values the way the rest of the scorecard's changes do.</param>
/// <param name="Note">What the transcriber found; <c>null</c> when nothing.</param>
public sealed record PublishedChange(
    string Text,
    decimal? Percent = null,
    int? FromQuarter = null,
    int? ToQuarter = null,
    bool IsInconsistent = false,
    string? Note = null);
