namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A plan's RAG scheme: what a progress update rates, and the codes it accepts.</summary>
/// <param name="Id">The scheme's id, such as "hscb-2014".</param>
/// <param name="Name">Its name.</param>
/// <param name="Dimensions">What it rates: a progress update gives each dimension one of its level codes.</param>
public sealed record RagSchemeResponse(string Id, string Name, IReadOnlyList<RagDimensionResponse> Dimensions);

/// <summary>One thing a scheme rates.</summary>
/// <param name="Id">The id a progress update's ratings are keyed by, such as "completion".</param>
/// <param name="Name">Its name, such as "Completion to timescale".</param>
/// <param name="TracksCompletion">Whether the timescale rules apply to it.</param>
/// <param name="Levels">Its levels.</param>
public sealed record RagDimensionResponse(string Id, string Name, bool TracksCompletion, IReadOnlyList<RagLevelResponse> Levels);

/// <summary>One level of a dimension.</summary>
/// <param name="Code">The code a progress update sends, such as "A" or "▲".</param>
/// <param name="Label">Its label.</param>
/// <param name="Descriptor">The board's descriptor, verbatim.</param>
/// <param name="Rating">The canonical rating it stands for: NotRated, NotStarted, Red, Amber, Green or Complete.</param>
/// <param name="Symbol">The shape shown beside its colour.</param>
/// <param name="Colour">Its colour, a CSS hex value.</param>
public sealed record RagLevelResponse(string Code, string Label, string Descriptor, string Rating, string Symbol, string Colour);
