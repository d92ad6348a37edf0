using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>Builds valid progress submissions for an action of a plan, and the people who send them.</summary>
internal static class Submissions
{
    internal static readonly UpdateAuthor Sam = new("user-sam", "Sam Patel", "West Mercia Police", BoardRole.AgencyLead);
    internal static readonly UpdateAuthor Alex = new("user-alex", "Alex Morgan", "Herefordshire Council", BoardRole.AgencyLead);
    internal static readonly UpdateAuthor BusinessUnit = new("user-jo", "Jo Evans", null, BoardRole.BusinessUnit);

    /// <summary>An instant with ticks below the second, so a round trip that rounds would show.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 9, 30, 15).PlusTicks(1_234_567);

    /// <summary>A valid submission against the action's current version, as at the day after its latest update (or the plan's start).</summary>
    internal static ProgressSubmission For(BusinessPlan plan, PlanAction action, UpdateAuthor by, string? key = null, bool complete = false) => new()
    {
        ActionRef = action.Ref,
        ExpectedVersion = action.Version,
        IdempotencyKey = key,
        AsAt = NextAsAt(plan, action),
        Statement = $"Progress reported by {by.DisplayName}.",
        Ratings = Ratings(plan.RagScheme, complete),
        MarkedComplete = complete,
        CompletedOn = complete ? NextAsAt(plan, action) : null,
        RecordedBy = by,
        RecordedAt = Now,
        Today = plan.Period.End.PlusYears(10),
    };

    internal static LocalDate NextAsAt(BusinessPlan plan, PlanAction action) =>
        action.LatestProgress(LocalDate.MaxIsoValue) is { } latest && latest.AsAt >= plan.Period.Start ? latest.AsAt.PlusDays(1) : plan.Period.Start.PlusDays(1);

    /// <summary>A code for every dimension that reads as one level: not complete, unless asked and the scheme has a level for it.</summary>
    internal static Dictionary<string, string?> Ratings(RagScheme scheme, bool complete = false)
    {
        var ratings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var dimension in scheme.Dimensions)
        {
            var single = dimension.Levels.Where(level => scheme.TryReadRating(dimension.Id, level.Code, out var rating, out _) && rating.Levels.Count == 1).ToList();
            var wanted = complete && dimension.TracksCompletion
                ? single.FirstOrDefault(level => level.Rating == RagRating.Complete)
                : single.FirstOrDefault(level => level.Rating != RagRating.Complete);
            ratings[dimension.Id] = (wanted ?? single[0]).Code;
        }
        return ratings;
    }
}
