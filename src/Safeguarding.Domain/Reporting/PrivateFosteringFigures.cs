namespace Safeguarding.Domain.Reporting;

/// <summary>Private fostering arrangements notified to the local authority in the year (003_2b82dd704ae0436e.txt, section 6e).</summary>
/// <param name="Notifications">Arrangements notified (3 in 2015-16).</param>
/// <param name="Source">Where in the document the figure is.</param>
public sealed record PrivateFosteringFigures(int Notifications, SourceCitation Source);
