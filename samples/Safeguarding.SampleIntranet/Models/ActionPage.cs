namespace Safeguarding.SampleIntranet.Models;

/// <summary>The page for one action: the page's settings, and the action's ref and summary.</summary>
/// <param name="Page">The page's settings.</param>
/// <param name="Ref">The action's ref.</param>
/// <param name="Summary">The action's summary.</param>
public sealed record ActionPage(IntranetPage Page, string Ref, string Summary);
