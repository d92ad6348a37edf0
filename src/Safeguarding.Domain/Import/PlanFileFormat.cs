using System.Text.Json.Serialization;

namespace Safeguarding.Domain.Import;

// The plan file format, field for field, as seeds/README.md and seeds/plan.schema.json document
// it. Read by System.Text.Json; `required` fields must be present and unknown fields are errors.

internal sealed class PlanFileDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required SourceFormat Source { get; init; }

    public required BoardFormat Board { get; init; }

    public required PlanFormat Plan { get; init; }
}

internal sealed class SourceFormat
{
    public required string Document { get; init; }

    public string? Title { get; init; }

    public List<string>? TranscriptionNotes { get; init; }
}

internal sealed class BoardFormat
{
    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public string? Vision { get; init; }

    public List<AgencyFormat>? Agencies { get; init; }

    public List<SubGroupFormat>? SubGroups { get; init; }
}

internal sealed class AgencyFormat
{
    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public required string Sector { get; init; }
}

internal sealed class SubGroupFormat
{
    public required string Name { get; init; }

    public string? ShortName { get; init; }
}

internal sealed class PlanFormat
{
    public required string Title { get; init; }

    public string? Version { get; init; }

    public required PeriodFormat Period { get; init; }

    public string? PriorityTerm { get; init; }

    public required RagSchemeFormat RagScheme { get; init; }

    public int? ReportingCycleDays { get; init; }

    public bool RequiresAcceptance { get; init; }

    public List<SourceReferenceFormat>? SourceReferences { get; init; }

    public List<string>? Aims { get; init; }

    public List<string>? OutcomeMeasures { get; init; }

    public required List<PriorityFormat> Priorities { get; init; }
}

internal sealed class PeriodFormat
{
    public required string Start { get; init; }

    public required string End { get; init; }
}

internal sealed class RagSchemeFormat
{
    public string? BuiltIn { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public List<RagDimensionFormat>? Dimensions { get; init; }
}

internal sealed class RagDimensionFormat
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public bool TracksCompletion { get; init; }

    public required List<RagLevelFormat> Levels { get; init; }
}

internal sealed class RagLevelFormat
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public string? Descriptor { get; init; }

    public required string Rating { get; init; }

    public string? Symbol { get; init; }

    public string? Colour { get; init; }
}

internal sealed class SourceReferenceFormat
{
    public required string Key { get; init; }

    public required string Title { get; init; }
}

internal sealed class PriorityFormat
{
    public required string Number { get; init; }

    public required string Title { get; init; }

    public List<DevelopmentPriorityFormat>? DevelopmentPriorities { get; init; }

    public List<ActionAreaFormat>? ActionAreas { get; init; }

    public List<ActionFormat>? Actions { get; init; }

    public List<string>? TranscriptionNotes { get; init; }
}

internal sealed class DevelopmentPriorityFormat
{
    public required string Text { get; init; }

    public List<string>? Years { get; init; }
}

internal sealed class ActionAreaFormat
{
    public required string Ref { get; init; }

    public required string Title { get; init; }

    public string? Driver { get; init; }

    public List<int>? ReviewPlanPoints { get; init; }

    public string? MonitoredBy { get; init; }

    public string? StrategicOversight { get; init; }

    public string? ExpectedImpact { get; init; }

    public required List<ActionFormat> Actions { get; init; }

    public List<string>? TranscriptionNotes { get; init; }
}

internal sealed class ActionFormat
{
    public required string Ref { get; init; }

    public bool RefAssigned { get; init; }

    public string? Action { get; init; }

    public List<string>? Steps { get; init; }

    public string? DesiredOutcome { get; init; }

    public LeadFormat? Lead { get; init; }

    public string? Timescale { get; init; }

    public string? Monitoring { get; init; }

    public List<ProgressFormat>? Progress { get; init; }

    public List<ReviewFormat>? Reviews { get; init; }

    public List<string>? CarriedFromRowAbove { get; init; }

    public List<string>? TranscriptionNotes { get; init; }
}

internal sealed class LeadFormat
{
    public required string Text { get; init; }

    public string? Agency { get; init; }

    public string? Officer { get; init; }
}

internal sealed class ProgressFormat
{
    public required string AsAt { get; init; }

    public string? Statement { get; init; }

    public Dictionary<string, string>? Ratings { get; init; }

    public bool Completed { get; init; }

    public string? AdditionalWork { get; init; }

    public string? ImpactSoFar { get; init; }

    public string? By { get; init; }

    public string? CompletedOn { get; init; }

    public List<string>? MilestonesMet { get; init; }

    public int? Corrects { get; init; }

    public AuthorFormat? RecordedBy { get; init; }

    public string? RecordedAt { get; init; }

    public string? IdempotencyKey { get; init; }
}

internal sealed class AuthorFormat
{
    public required string UserId { get; init; }

    public required string DisplayName { get; init; }

    public string? Agency { get; init; }

    public required string Role { get; init; }
}

internal sealed class ReviewFormat
{
    public required int Update { get; init; }

    public required string Outcome { get; init; }

    public string? Comment { get; init; }

    public required AuthorFormat ReviewedBy { get; init; }

    public required string ReviewedAt { get; init; }
}
