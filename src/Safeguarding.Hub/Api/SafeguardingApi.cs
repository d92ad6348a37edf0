using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Security;

namespace Safeguarding.Hub.Api;

/// <summary>Maps the JSON API: <c>{ApiPath}/boards</c>, and each board's plans, reports and figures under <c>{ApiPath}/boards/{board}</c>.</summary>
internal static class SafeguardingApi
{
    /// <summary>The authorization policy of the API: its schemes (API clients, bearer tokens, never cookies), and anyone through, for the endpoints to answer in words.</summary>
    internal const string PolicyName = "Safeguarding.Hub.Api";

    internal static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, SafeguardingHubOptions options)
    {
        var api = endpoints.MapGroup(options.ApiPath.TrimEnd('/'));
        api.WithGroupName(options.OpenApiDocumentName);
        api.RequireAuthorization(PolicyName);
        api.RequireRateLimiting(HubRateLimiting.PolicyName);
        api.AddEndpointFilter(async (invocation, next) =>
        {
            HubSecurityHeaders.ForApi(invocation.HttpContext.Response);
            return await next(invocation).ConfigureAwait(false);
        });
        api.MapGet("/boards", (HttpContext context, HubBoardMembership membership) =>
                TypedResults.Ok(membership.BoardsOf(context.User).Select(board => new Contracts.BoardSummaryResponse(board.Id, board.Name)).ToList()))
            .WithName("ListBoards").WithTags("Boards")
            .WithSummary("Lists the boards you act for: an API client's one board, or a signed-in person's.")
            .Produces<IReadOnlyList<Contracts.BoardSummaryResponse>>();
        var board = api.MapGroup("/boards/{board}");
        PlanEndpoints.Map(board);
        ReportEndpoints.Map(board);
        ProgressApiEndpoints.Map(board);
        PaperApiEndpoints.Map(board);
        return api;
    }

    /// <summary>Documents the answers every board endpoint may give as problem details: 401, 403 and 404.</summary>
    internal static RouteHandlerBuilder ProducesBoardProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
