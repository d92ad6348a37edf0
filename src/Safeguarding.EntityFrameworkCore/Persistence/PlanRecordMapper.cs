using System.Text.Json;
using System.Text.Json.Serialization;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// Maps a plan to its records and back, by hand: the domain validates in constructors, reads
/// timescales from their text and builds progress history through <see cref="PlanAction.RecordProgress"/>
/// and <see cref="PlanAction.RecordReview"/> (updates in sequence, then reviews in sequence), which a
/// convention-based mapper would bypass.
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
        var record = new BusinessPlanRecord { Key = plan.Key, ArchivedAt = plan.ArchivedAt, Revision = plan.Revision };
        CopyHeader(plan, record);
        var (priorities, areas) = Structure(plan);
        record.Priorities.AddRange(priorities);
        record.ActionAreas.AddRange(areas);
        record.Actions.AddRange(ActionRecords(plan));
        return record;
    }

    /// <summary>
    /// Brings a stored plan's rows (tracked, with every action's history loaded) in line with a
    /// revision of it: its own fields as the revision has them; priorities, action areas and actions
    /// matched by number or ref and updated in place, so an action's history rows are never
    /// rewritten; new ones added; removed ones deleted (an action with its history).
    /// </summary>
    internal static void ApplyRevision(BusinessPlanRecord record, BusinessPlan revised)
    {
        CopyHeader(revised, record);
        record.Revision++;
        var (priorities, areas) = Structure(revised);
        Merge(record.Priorities, priorities, priority => priority.Number, (from, to) =>
        {
            to.Position = from.Position;
            to.Title = from.Title;
            to.DevelopmentPrioritiesJson = from.DevelopmentPrioritiesJson;
        });
        Merge(record.ActionAreas, areas, area => area.Ref, (from, to) =>
        {
            to.Position = from.Position;
            to.PriorityNumber = from.PriorityNumber;
            to.Title = from.Title;
            to.Driver = from.Driver;
            to.ReviewPlanPointsJson = from.ReviewPlanPointsJson;
            to.MonitoredBy = from.MonitoredBy;
            to.StrategicOversight = from.StrategicOversight;
            to.ExpectedImpact = from.ExpectedImpact;
        });
        Merge(record.Actions, [.. ActionRecords(revised)], action => action.Ref, CopyActionFields);
    }

    // Rows matched by key: kept ones updated in place, missing ones removed (EF deletes the orphans), new ones added.
    private static void Merge<T>(List<T> stored, IReadOnlyList<T> revised, Func<T, string> key, Action<T, T> update)
    {
        var byKey = stored.ToDictionary(key, StringComparer.Ordinal);
        var kept = revised.Select(key).ToHashSet(StringComparer.Ordinal);
        stored.RemoveAll(row => !kept.Contains(key(row)));
        foreach (var row in revised)
        {
            if (byKey.TryGetValue(key(row), out var existing))
            {
                update(row, existing);
            }
            else
            {
                stored.Add(row);
            }
        }
    }

    private static void CopyHeader(BusinessPlan plan, BusinessPlanRecord record)
    {
        record.Title = plan.Title;
        record.Version = plan.Version;
        record.PeriodStart = plan.Period.Start;
        record.PeriodEnd = plan.Period.End;
        record.PriorityTerm = plan.PriorityTerm;
        record.ReportingCycleDays = plan.ReportingCycleDays;
        record.RequiresAcceptance = plan.RequiresAcceptance;
        record.Source = plan.Source;
        record.BoardName = plan.Board.Name;
        record.BoardJson = Write(plan.Board);
        record.RagSchemeJson = Write(StoredRagScheme.Of(plan.RagScheme));
        record.SourceReferencesJson = Write(plan.SourceReferences);
        record.AimsJson = Write(plan.Aims);
        record.OutcomeMeasuresJson = Write(plan.OutcomeMeasures);
    }

    // The history (and the completion date read from it) is not copied: it stays in the stored action's rows, which a revision never rewrites.
    private static void CopyActionFields(PlanActionRecord from, PlanActionRecord to)
    {
        to.Position = from.Position;
        to.RefAssigned = from.RefAssigned;
        to.PriorityNumber = from.PriorityNumber;
        to.ActionAreaRef = from.ActionAreaRef;
        to.ActionText = from.ActionText;
        to.StepsJson = from.StepsJson;
        to.DesiredOutcome = from.DesiredOutcome;
        to.LeadText = from.LeadText;
        to.LeadAgencyName = from.LeadAgencyName;
        to.LeadOfficer = from.LeadOfficer;
        to.TimescaleText = from.TimescaleText;
        to.DueDate = from.DueDate;
        to.Monitoring = from.Monitoring;
        to.SourceNotesJson = from.SourceNotesJson;
    }

    // The priorities and action areas, in plan order, as rows.
    private static (List<PriorityRecord> Priorities, List<ActionAreaRecord> Areas) Structure(BusinessPlan plan)
    {
        var priorities = new List<PriorityRecord>();
        var areas = new List<ActionAreaRecord>();
        foreach (var priority in plan.Priorities)
        {
            priorities.Add(new PriorityRecord
            {
                Position = priorities.Count,
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPrioritiesJson = Write(priority.DevelopmentPriorities),
            });
            foreach (var area in priority.ActionAreas)
            {
                areas.Add(new ActionAreaRecord
                {
                    Position = areas.Count,
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
        }
        return (priorities, areas);
    }

    private static IEnumerable<PlanActionRecord> ActionRecords(BusinessPlan plan)
    {
        var position = 0;
        foreach (var priority in plan.Priorities)
        {
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
                actionRecord.Position = position++;
                yield return actionRecord;
            }
        }
    }

    /// <summary>
    /// The plan's own fields without its priorities and actions: enough for the domain to check a
    /// submission (<see cref="PlanAction.Check"/> reads the RAG scheme and period), without loading
    /// every action of the plan.
    /// </summary>
    internal static BusinessPlan ToPlanHeader(BusinessPlanRecord record) => ToPlan(record, []);

    internal static BusinessPlan ToPlan(BusinessPlanRecord record)
    {
        var actions = record.Actions.OrderBy(action => action.Position).Select(ToAction).ToList();
        var areas = record.ActionAreas.OrderBy(area => area.Position).ToList();
        return ToPlan(record, [.. record.Priorities.OrderBy(priority => priority.Position).Select(priority => new Priority
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
            })]);
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
        foreach (var review in action.Reviews)
        {
            record.Reviews.Add(ToRecord(review, record.Reviews.Count));
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
        // Updates and reviews are read by separate queries (split), so a review recorded between
        // the two may name an update the first query did not see yet; it is left out, and the
        // action reads as it stood when its updates were read.
        foreach (var review in record.Reviews.OrderBy(review => review.Sequence).Where(review => review.UpdateNumber <= action.Version))
        {
            action.RecordReview(ToReview(review));
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
        CompletedOn = update.CompletedOn,
        MilestonesMetJson = Write(update.MilestonesMet.Select(date => date.ToDateOnly()).ToList()),
        RecordedByUserId = update.RecordedBy?.UserId,
        RecordedByDisplayName = update.RecordedBy?.DisplayName,
        RecordedByAgency = update.RecordedBy?.Agency,
        RecordedByRole = update.RecordedBy?.Role.ToString(),
        RecordedAt = update.RecordedAt,
        Corrects = update.Corrects,
        IdempotencyKey = update.IdempotencyKey,
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
        CompletedOn = record.CompletedOn,
        MilestonesMet = [.. Read<List<DateOnly>>(record.MilestonesMetJson).Select(LocalDate.FromDateOnly)],
        RecordedBy = record.RecordedByUserId is null
            ? null
            : new UpdateAuthor(record.RecordedByUserId, record.RecordedByDisplayName ?? string.Empty, record.RecordedByAgency, ReadRole(record.RecordedByRole)),
        RecordedAt = record.RecordedAt,
        Corrects = record.Corrects,
        IdempotencyKey = record.IdempotencyKey,
    };

    internal static ProgressReviewRecord ToRecord(ProgressReview review, int sequence) => new()
    {
        Sequence = sequence,
        UpdateNumber = review.UpdateNumber,
        Outcome = review.Outcome.ToString(),
        Comment = review.Comment,
        ReviewedByUserId = review.ReviewedBy.UserId,
        ReviewedByDisplayName = review.ReviewedBy.DisplayName,
        ReviewedByAgency = review.ReviewedBy.Agency,
        ReviewedByRole = review.ReviewedBy.Role.ToString(),
        ReviewedAt = review.ReviewedAt,
    };

    internal static ProgressReview ToReview(ProgressReviewRecord record) => new()
    {
        UpdateNumber = record.UpdateNumber,
        Outcome = Enum.Parse<ReviewOutcome>(record.Outcome, ignoreCase: false),
        Comment = record.Comment,
        ReviewedBy = new UpdateAuthor(record.ReviewedByUserId, record.ReviewedByDisplayName, record.ReviewedByAgency, ReadRole(record.ReviewedByRole)),
        ReviewedAt = record.ReviewedAt,
    };

    // Enums are stored by name, not number, so a role or outcome added later cannot change what a stored row means.
    private static BoardRole ReadRole(string? role) =>
        Enum.TryParse<BoardRole>(role, ignoreCase: false, out var read) && Enum.IsDefined(read)
            ? read
            : throw new InvalidOperationException($"Expected a stored board role ({string.Join(", ", Enum.GetNames<BoardRole>())}), but found \"{role}\".");

    private static BusinessPlan ToPlan(BusinessPlanRecord record, IReadOnlyList<Priority> priorities) => new()
    {
        Key = record.Key,
        Board = Read<Board>(record.BoardJson),
        Title = record.Title,
        Version = record.Version,
        Period = new DateInterval(record.PeriodStart, record.PeriodEnd),
        PriorityTerm = record.PriorityTerm,
        RagScheme = Read<StoredRagScheme>(record.RagSchemeJson).ToScheme(),
        ReportingCycleDays = record.ReportingCycleDays,
        RequiresAcceptance = record.RequiresAcceptance,
        SourceReferences = Read<List<SourceReference>>(record.SourceReferencesJson),
        Aims = Read<List<string>>(record.AimsJson),
        OutcomeMeasures = Read<List<string>>(record.OutcomeMeasuresJson),
        Source = record.Source,
        ArchivedAt = record.ArchivedAt,
        Revision = record.Revision,
        Priorities = priorities,
    };

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"Expected stored JSON for a {typeof(T).Name}, but found null.");
}
