using System.Text.Json;
using System.Text.Json.Serialization;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// Maps a plan to its records and back, by hand: the domain validates in constructors, reads
/// timescales from their text and builds progress history through <see cref="PlanAction.RecordProgress"/>,
/// which a convention-based mapper would bypass.
/// </summary>
internal static class PlanRecordMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static BusinessPlanRecord ToRecord(BusinessPlan plan)
    {
        var record = new BusinessPlanRecord
        {
            Key = plan.Key,
            Title = plan.Title,
            Version = plan.Version,
            PeriodStart = plan.Period.Start,
            PeriodEnd = plan.Period.End,
            PriorityTerm = plan.PriorityTerm,
            ReportingCycleDays = plan.ReportingCycleDays,
            Source = plan.Source,
            BoardName = plan.Board.Name,
            BoardJson = Write(plan.Board),
            RagSchemeJson = Write(StoredRagScheme.Of(plan.RagScheme)),
            SourceReferencesJson = Write(plan.SourceReferences),
            AimsJson = Write(plan.Aims),
            OutcomeMeasuresJson = Write(plan.OutcomeMeasures),
        };
        foreach (var priority in plan.Priorities)
        {
            record.Priorities.Add(new PriorityRecord
            {
                Position = record.Priorities.Count,
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPrioritiesJson = Write(priority.DevelopmentPriorities),
            });
            foreach (var area in priority.ActionAreas)
            {
                record.ActionAreas.Add(new ActionAreaRecord
                {
                    Position = record.ActionAreas.Count,
                    PriorityNumber = priority.Number,
                    Ref = area.Ref,
                    Title = area.Title,
                    Driver = area.Driver,
                    ReviewPlanPointsJson = Write(area.ReviewPlanPoints),
                    MonitoredBy = area.MonitoredBy,
                    StrategicOversight = area.StrategicOversight,
                    ExpectedImpact = area.ExpectedImpact,
                });
            }
            foreach (var (action, areaRef) in priority.ActionAreas.SelectMany(area => area.Actions.Select(action => (action, (string?)area.Ref)))
                .Concat(priority.DirectActions.Select(action => (action, (string?)null))))
            {
                // Actions are stored flat and put back under the priority and area they name, so they must name the ones they are under.
                if (action.PriorityNumber != priority.Number || action.ActionAreaRef != areaRef)
                {
                    throw new ArgumentException(
                        $"Expected action {action.Ref} to name the priority {priority.Number} and action area {areaRef ?? "(none)"} it is under, but it names priority {action.PriorityNumber} and action area {action.ActionAreaRef ?? "(none)"}.",
                        nameof(plan));
                }
                var actionRecord = ToRecord(plan.Key, action);
                actionRecord.Position = record.Actions.Count;
                record.Actions.Add(actionRecord);
            }
        }
        return record;
    }

    internal static BusinessPlan ToPlan(BusinessPlanRecord record)
    {
        var actions = record.Actions.OrderBy(action => action.Position).Select(ToAction).ToList();
        var areas = record.ActionAreas.OrderBy(area => area.Position).ToList();
        return new BusinessPlan
        {
            Key = record.Key,
            Board = Read<Board>(record.BoardJson),
            Title = record.Title,
            Version = record.Version,
            Period = new DateInterval(record.PeriodStart, record.PeriodEnd),
            PriorityTerm = record.PriorityTerm,
            RagScheme = Read<StoredRagScheme>(record.RagSchemeJson).ToScheme(),
            ReportingCycleDays = record.ReportingCycleDays,
            SourceReferences = Read<List<SourceReference>>(record.SourceReferencesJson),
            Aims = Read<List<string>>(record.AimsJson),
            OutcomeMeasures = Read<List<string>>(record.OutcomeMeasuresJson),
            Source = record.Source,
            Priorities = [.. record.Priorities.OrderBy(priority => priority.Position).Select(priority => new Priority
            {
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPriorities = Read<List<DevelopmentPriority>>(priority.DevelopmentPrioritiesJson),
                ActionAreas = [.. areas.Where(area => area.PriorityNumber == priority.Number).Select(area => new ActionArea
                {
                    Ref = area.Ref,
                    Title = area.Title,
                    Driver = area.Driver,
                    ReviewPlanPoints = Read<List<int>>(area.ReviewPlanPointsJson),
                    MonitoredBy = area.MonitoredBy,
                    StrategicOversight = area.StrategicOversight,
                    ExpectedImpact = area.ExpectedImpact,
                    Actions = [.. actions.Where(action => action.PriorityNumber == priority.Number && action.ActionAreaRef == area.Ref)],
                })],
                DirectActions = [.. actions.Where(action => action.PriorityNumber == priority.Number && action.ActionAreaRef is null)],
            })],
        };
    }

    internal static PlanActionRecord ToRecord(string planKey, PlanAction action)
    {
        var record = new PlanActionRecord
        {
            PlanKey = planKey,
            Ref = action.Ref,
            RefAssigned = action.RefAssigned,
            PriorityNumber = action.PriorityNumber,
            ActionAreaRef = action.ActionAreaRef,
            ActionText = action.Action,
            StepsJson = Write(action.Steps),
            DesiredOutcome = action.DesiredOutcome,
            LeadText = action.Lead.Text,
            LeadAgencyName = action.Lead.AgencyName,
            LeadOfficer = action.Lead.Officer,
            TimescaleText = action.Timescale.Text,
            DueDate = action.DueDate,
            CompletedOn = action.CompletedOn,
            Monitoring = action.Monitoring,
            SourceNotesJson = Write(action.SourceNotes),
        };
        foreach (var update in action.Progress)
        {
            record.Progress.Add(ToRecord(update, record.Progress.Count));
        }
        return record;
    }

    internal static PlanAction ToAction(PlanActionRecord record)
    {
        var action = new PlanAction
        {
            Ref = record.Ref,
            RefAssigned = record.RefAssigned,
            Action = record.ActionText,
            Steps = Read<List<string>>(record.StepsJson),
            DesiredOutcome = record.DesiredOutcome,
            Lead = record.LeadText.Length == 0 && record.LeadAgencyName is null && record.LeadOfficer is null
                ? ActionLead.None
                : new ActionLead(record.LeadText, record.LeadAgencyName, record.LeadOfficer),
            // The text was read when the plan was imported, so it reads again; the domain keeps the reading rules.
            Timescale = Timescale.Parse(record.TimescaleText),
            Monitoring = record.Monitoring,
            PriorityNumber = record.PriorityNumber,
            ActionAreaRef = record.ActionAreaRef,
            SourceNotes = Read<List<string>>(record.SourceNotesJson),
        };
        foreach (var update in record.Progress.OrderBy(update => update.Sequence))
        {
            action.RecordProgress(ToUpdate(update));
        }
        return action;
    }

    internal static ProgressUpdateRecord ToRecord(ProgressUpdate update, int sequence) => new()
    {
        Sequence = sequence,
        AsAt = update.AsAt,
        Statement = update.Statement,
        RatingsJson = Write(update.Ratings.Select(StoredRecordedRating.Of).ToList()),
        MarkedComplete = update.MarkedComplete,
        AdditionalWork = update.AdditionalWork,
        ImpactSoFar = update.ImpactSoFar,
        ReportedBy = update.ReportedBy,
    };

    internal static ProgressUpdate ToUpdate(ProgressUpdateRecord record) => new()
    {
        AsAt = record.AsAt,
        Statement = record.Statement,
        Ratings = [.. Read<List<StoredRecordedRating>>(record.RatingsJson).Select(rating => rating.ToRating())],
        MarkedComplete = record.MarkedComplete,
        AdditionalWork = record.AdditionalWork,
        ImpactSoFar = record.ImpactSoFar,
        ReportedBy = record.ReportedBy,
    };

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"Expected stored JSON for a {typeof(T).Name}, but found null.");
}
