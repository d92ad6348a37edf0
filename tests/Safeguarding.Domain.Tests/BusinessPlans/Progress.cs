using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.BusinessPlans;

/// <summary>People, instants and submissions for the progress-recording tests.</summary>
internal static class Progress
{
    internal static readonly LocalDate PlanStart = new(2014, 4, 1);

    internal static readonly LocalDate Today = new(2014, 11, 30);

    internal static readonly UpdateAuthor BusinessManager = new("bu-0001", "Andy Churcher", null, BoardRole.BusinessUnit);

    internal static readonly UpdateAuthor PoliceLead = new("wmp-0042", "Sam Patel", "West Mercia Police", BoardRole.AgencyLead);

    internal static readonly UpdateAuthor CouncilLead = new("hc-0007", "Jo Evans", "Herefordshire Council", BoardRole.AgencyLead);

    internal static Instant At(int month, int day, int hour, int minute = 0) => Instant.FromUtc(2014, month, day, hour, minute);

    /// <summary>A plan in the HSCB 2014 scheme (process and completion) with the given actions, built in code.</summary>
    internal static BusinessPlan Plan(bool requiresAcceptance, params PlanAction[] actions) => new()
    {
        Key = "test-plan",
        Board = new Board
        {
            Name = "Test Safeguarding Children Board",
            Agencies =
            [
                new Agency("West Mercia Police", "WMP", AgencySector.Police),
                new Agency("Herefordshire Council", "HC", AgencySector.LocalAuthority),
                new Agency("Wye Valley NHS Trust", null, AgencySector.Health),
            ],
        },
        Title = "Test plan",
        Period = new DateInterval(PlanStart, new LocalDate(2015, 3, 31)),
        RagScheme = BuiltInRagSchemes.Hscb2014,
        RequiresAcceptance = requiresAcceptance,
        Priorities = [new Priority { Number = "1", Title = "Test priority", DirectActions = actions }],
    };

    internal static BusinessPlan Plan(params PlanAction[] actions) => Plan(false, actions);

    internal static PlanAction Action(string reference, string timescale, string? leadAgency = "West Mercia Police") => new()
    {
        Ref = reference,
        Action = $"Action {reference}",
        Timescale = Timescale.Parse(timescale),
        Lead = leadAgency is null ? ActionLead.None : new ActionLead($"{leadAgency}, lead officer", leadAgency, "lead officer"),
        PriorityNumber = "1",
    };

    /// <summary>A valid submission on the action's current version, rated process G and completion as given.</summary>
    internal static ProgressSubmission Submission(PlanAction action, LocalDate asAt, string completion = "G", UpdateAuthor? by = null, Instant? at = null) => new()
    {
        ActionRef = action.Ref,
        ExpectedVersion = action.Version,
        AsAt = asAt,
        Statement = "Multi-agency audit completed and reported to the QA sub-group.",
        Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = completion },
        RecordedBy = by ?? PoliceLead,
        RecordedAt = at ?? At(11, 30, 10),
        Today = Today,
    };

    internal static ProgressUpdate Recorded(this PlanAction action, BusinessPlan plan, ProgressSubmission submission)
    {
        var result = action.Record(plan, submission);
        Assert.True(result.Status == ProgressRecordingStatus.Recorded, $"{result.Status}: {result.Message} {string.Join("; ", result.Errors)}");
        return result.Update!;
    }
}
