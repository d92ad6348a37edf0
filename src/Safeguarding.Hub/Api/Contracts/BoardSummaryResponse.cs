namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A board of the hub.</summary>
/// <param name="Id">Its id in addresses, such as "herefordshire".</param>
/// <param name="Name">Its name, as its plans give it.</param>
public sealed record BoardSummaryResponse(string Id, string Name);
