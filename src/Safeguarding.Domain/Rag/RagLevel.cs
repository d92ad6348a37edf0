namespace Safeguarding.Domain.Rag;

/// <summary>
/// One level of a RAG dimension as a board wrote it: the code written in a plan ("G", "BLUE",
/// "★"), its label and descriptor, and the canonical <see cref="RagRating"/> it stands for.
/// </summary>
/// <param name="Code">What is written in the plan to record this level, such as "A" or "▲".</param>
/// <param name="Label">The level's name, such as "Amber" or "Blocked or at risk".</param>
/// <param name="Descriptor">The board's descriptor, verbatim, such as "Risk of Missing Timescale".</param>
/// <param name="Rating">The canonical rating the level maps to.</param>
/// <param name="Symbol">A shape shown beside the colour so the level is never told by colour alone.</param>
/// <param name="Colour">The colour, as a CSS hex value such as "#d4351c".</param>
public sealed record RagLevel(string Code, string Label, string Descriptor, RagRating Rating, string Symbol, string Colour);
