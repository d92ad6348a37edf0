namespace Safeguarding.Hub.Boards;

/// <summary>
/// One board the hub serves: its id in addresses, the name its plans give it (which decides which
/// plans are its), the intranets allowed to frame its embeds, and where its scorecards and annual
/// reports are.
/// </summary>
public sealed class HubBoard
{
    /// <summary>Gets or sets the board's id in addresses and claims, such as "herefordshire": lower-case letters, digits and hyphens.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the board's name as its plan files give it (<c>board.name</c>), such as
    /// "Herefordshire Safeguarding Children Board": the plans whose board has this name are this
    /// board's, and no other board's client or user can read or write them.
    /// </summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets the origins allowed to frame this board's embeds, such as <c>https://contoso.sharepoint.com</c>.</summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>
    /// Gets the issuers (<c>iss</c>) whose JWT bearer tokens act for this board, such as a partner's
    /// Entra ID tenant <c>https://login.microsoftonline.com/{tenant}/v2.0</c>. A token from one of them
    /// belongs to this board whatever board claim it carries.
    /// </summary>
    public IList<string> TrustedIssuers { get; } = [];

    /// <summary>Gets or sets the plan an embed shows when it names none. The default is <c>null</c>: the widgets' default plan.</summary>
    public string? DefaultPlanKey { get; set; }

    /// <summary>Gets or sets the folder of this board's scorecard files (the format of seeds/README.md). The default is <c>null</c>: none.</summary>
    public string? ScorecardFolder { get; set; }

    /// <summary>Gets or sets the folder of this board's annual report files (the format of seeds/README.md). The default is <c>null</c>: none.</summary>
    public string? AnnualReportFolder { get; set; }

    /// <summary>Tells whether a plan's board is this board.</summary>
    /// <param name="boardName">The name the plan gives its board.</param>
    /// <returns><c>true</c> when the names are the same (ignoring case and surrounding white space).</returns>
    public bool Owns(string? boardName) =>
        boardName is not null && string.Equals(Name.Trim(), boardName.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the id and name.</summary>
    /// <returns>Such as "herefordshire (Herefordshire Safeguarding Children Board)".</returns>
    public override string ToString() => $"{Id} ({Name})";
}
