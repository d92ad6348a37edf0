using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Clients;

namespace Safeguarding.Hub;

/// <summary>
/// Settings for the board hub, set with <c>services.AddSafeguardingHub(options =&gt; …)</c> or bound
/// from configuration (a "SafeguardingHub" section).
/// </summary>
public sealed class SafeguardingHubOptions
{
    /// <summary>Gets the boards the hub serves, each isolated from the others. A hub needs at least one.</summary>
    public IList<HubBoard> Boards { get; } = [];

    /// <summary>
    /// Gets or sets the id of the board whose people sign in to the host itself (the host council's
    /// intranet, with its own cookie sign-in): a signed-in user with no board claim, and no token
    /// from a board's trusted issuer, belongs to it. The default is <c>null</c>: such users belong to no board.
    /// </summary>
    public string? HostBoard { get; set; }

    /// <summary>
    /// Gets or sets the claim type that names the board a user or token acts for (one claim per board,
    /// by its <see cref="HubBoard.Id"/>). The default is <c>safeguarding_board</c>.
    /// </summary>
    public string BoardClaimType { get; set; } = "safeguarding_board";

    /// <summary>
    /// Gets the origins allowed to frame every board's embeds (such as <c>https://intranet.example.org</c>),
    /// beside each board's own <see cref="HubBoard.FrameAncestors"/>. The hub's own origin is always allowed.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>
    /// Gets API clients registered in configuration rather than in the store: each with the SHA-256
    /// hash of its secret (never the secret), for a hub whose few clients are set at deployment. The
    /// store's clients (<see cref="ApiClientRegistry"/>) are the ones that can be revoked at run time.
    /// </summary>
    public IList<ConfiguredApiClient> Clients { get; } = [];

    /// <summary>Gets or sets the path the JSON API is mapped under. The default is "/api".</summary>
    public string ApiPath { get; set; } = "/api";

    /// <summary>Gets or sets the path the embeds are mapped under. The default is "/embed".</summary>
    public string EmbedPath { get; set; } = "/embed";

    /// <summary>Gets or sets the name of the OpenAPI document, served at <c>/openapi/{name}.json</c>. The default is "v1".</summary>
    public string OpenApiDocumentName { get; set; } = "v1";

    /// <summary>
    /// Gets or sets how many requests one API client, user or address may make to the API and the
    /// embeds in a minute; more are answered 429 with a Retry-After header. The default is 300.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>
    /// Gets the authentication schemes the API accepts, besides API clients: the JWT bearer scheme
    /// that <c>AddSafeguardingHubJwtBearer</c> adds is added here. The host's cookies are never
    /// accepted by the API, so a page on another site cannot record progress in a signed-in person's name.
    /// </summary>
    public IList<string> TokenSchemes { get; } = [];

    /// <summary>Finds a board by id (ignoring case).</summary>
    /// <param name="id">The board's id.</param>
    /// <returns>The board, or <c>null</c>.</returns>
    public HubBoard? FindBoard(string? id) =>
        id is null ? null : Boards.FirstOrDefault(board => string.Equals(board.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
}
