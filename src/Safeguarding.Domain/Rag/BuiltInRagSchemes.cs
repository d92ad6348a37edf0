namespace Safeguarding.Domain.Rag;

/// <summary>
/// The RAG schemes of the seed documents, with their labels and descriptors verbatim. A plan file
/// names one with <c>{ "builtIn": "&lt;id&gt;" }</c>.
/// </summary>
public static class BuiltInRagSchemes
{
    private const string RedColour = "#d4351c";
    private const string AmberColour = "#f47738";
    private const string GreenColour = "#00703c";
    private const string BlueColour = "#1d70b8";
    private const string GreyColour = "#505a5f";

    /// <summary>
    /// Herefordshire Safeguarding Children Board, Business Plan 2014-15 (seed 000): two
    /// dimensions, <em>Process</em> and <em>Completion to timescale</em>, three levels each, and
    /// "N" for not yet rated.
    /// </summary>
    public static RagScheme Hscb2014 { get; } = new("hscb-2014", "HSCB Business Plan 2014-15 (Process and Completion to timescale)",
    [
        new RagDimension("process", "Process", tracksCompletion: false,
        [
            new("G", "Green", "An Agreed Process Is In Place", RagRating.Green, "●", GreenColour),
            new("A", "Amber", "Process Planned But Not Agreed", RagRating.Amber, "▲", AmberColour),
            new("R", "Red", "No Progress In Agreeing Process", RagRating.Red, "✖", RedColour),
            new("N", "Not rated", "Not yet rated", RagRating.NotRated, "–", GreyColour),
        ]),
        new RagDimension("completion", "Completion to timescale", tracksCompletion: true,
        [
            new("G", "Green", "Complete OR On Target", RagRating.Green, "●", GreenColour),
            new("A", "Amber", "Risk of Missing Timescale", RagRating.Amber, "▲", AmberColour),
            new("R", "Red", "Incomplete & Outside Timescale", RagRating.Red, "✖", RedColour),
            new("N", "Not rated", "Not yet rated", RagRating.NotRated, "–", GreyColour),
        ]),
    ]);

    /// <summary>
    /// Herefordshire Supporting and Protecting Children Improvement Plan, V2.2 (seed 002): five
    /// levels, with GREY for not yet started and BLUE for completed.
    /// </summary>
    public static RagScheme ImprovementPlan2012 { get; } = new("improvement-plan-2012", "Improvement Plan 2012 (five-level RAG)",
    [
        new RagDimension("status", "RAG", tracksCompletion: true,
        [
            new("RED", "Red", "Tasks and or outcomes have not been met or timescale slipped.", RagRating.Red, "✖", RedColour),
            new("AMBER", "Amber", "Tasks and outcomes are on track, milestones met but not completed.", RagRating.Amber, "▲", AmberColour),
            new("GREEN", "Green", "Tasks and outcomes are completed or performance is on target.", RagRating.Green, "●", GreenColour),
            new("GREY", "Grey", "Not yet started", RagRating.NotStarted, "○", GreyColour),
            new("BLUE", "Blue", "Completed", RagRating.Complete, "★", BlueColour),
        ]),
    ]);

    /// <summary>
    /// Safeguarding Review Action Plan, Exception Report May 2009 (seed 001): symbols ★ ● ▲ and
    /// "No data".
    /// </summary>
    /// <remarks>
    /// The document carries no legend; the meanings are read from its progress statements: rows
    /// marked ★ say "Agreed and implemented", rows marked ● describe work under way, and the row
    /// marked ▲ (4.12) describes work that is held up.
    /// </remarks>
    public static RagScheme ExceptionReport2009 { get; } = new("exception-report-2009", "Exception Report 2009 (symbols)",
    [
        new RagDimension("status", "RAG rating", tracksCompletion: true,
        [
            new("★", "Complete", "Complete", RagRating.Complete, "★", BlueColour),
            new("●", "In progress", "In progress / on track", RagRating.Green, "●", GreenColour),
            new("▲", "Blocked or at risk", "Blocked or at risk", RagRating.Amber, "▲", AmberColour),
            new("No data", "No data", "No data", RagRating.NotRated, "–", GreyColour),
        ]),
    ]);

    /// <summary>Gets every built-in scheme.</summary>
    public static IReadOnlyList<RagScheme> All { get; } = [Hscb2014, ImprovementPlan2012, ExceptionReport2009];

    /// <summary>Finds a built-in scheme by its id.</summary>
    /// <param name="id">"hscb-2014", "improvement-plan-2012" or "exception-report-2009".</param>
    /// <returns>The scheme, or <c>null</c> when no built-in scheme has that id.</returns>
    public static RagScheme? Find(string id) => All.FirstOrDefault(scheme => string.Equals(scheme.Id, id, StringComparison.Ordinal));
}
