using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests;

/// <summary>Small plans built in code, for rules tested away from the seed data.</summary>
internal static class TestPlans
{
    internal static BusinessPlan With(RagScheme scheme, params PlanAction[] actions) => new()
    {
        Key = "test-plan",
        Board = new Board { Name = "Test Safeguarding Children Board", Agencies = [new Agency("Test Council", "TC", AgencySector.LocalAuthority)] },
        Title = "Test plan",
        Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
        RagScheme = scheme,
        Priorities = [new Priority { Number = "1", Title = "Test priority", DirectActions = actions }],
    };

    internal static PlanAction Action(string reference, string timescale, params ProgressUpdate[] progress)
    {
        var action = new PlanAction { Ref = reference, Action = $"Action {reference}", Timescale = Timescale.Parse(timescale), PriorityNumber = "1" };
        foreach (var update in progress)
        {
            action.RecordProgress(update);
        }
        return action;
    }

    internal static ProgressUpdate Rated(RagScheme scheme, LocalDate asAt, string code, bool markedComplete = false)
    {
        Assert.True(scheme.TryReadRating(scheme.CompletionDimension.Id, code, out var rating, out var error), error);
        return new ProgressUpdate { AsAt = asAt, Ratings = [rating], MarkedComplete = markedComplete, Statement = "Progress reported." };
    }
}
