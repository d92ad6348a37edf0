using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Import;

/// <summary>
/// Writes a plan back to the plan-file format (seeds/README.md), with its whole progress history:
/// updates imported with the plan and those recorded since (who, when, corrections), and the
/// business unit's reviews. Importing the file gives the same plan again, so a board can move its
/// plans between databases, keep a copy, or revise a plan in a text editor.
/// </summary>
public static class PlanFileExporter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        // Plans are text for people: "–", "★" and "&" stay as they are, not \\u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a plan as plan-file JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The file's text, UTF-8 JSON ending with a new line.</returns>
    public static string Export(BusinessPlan plan)
    {
        Preconditions.CheckNotNull(plan);
        return JsonSerializer.Serialize(ToDocument(plan), Options).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes a plan to a file (named after its key, for it to import under the same key).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="folder">The folder; the file is <c>{key}.json</c> in it.</param>
    /// <returns>The file's path.</returns>
    public static string ExportFile(BusinessPlan plan, string folder)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotBlank(folder);
        var path = Path.Combine(folder, plan.Key + ".json");
        File.WriteAllText(path, Export(plan));
        return path;
    }

    private static PlanFileDocument ToDocument(BusinessPlan plan) => new()
    {
        Schema = "../plan.schema.json",
        Source = new SourceFormat { Document = plan.Source ?? plan.Key },
        Board = new BoardFormat
        {
            Name = plan.Board.Name,
            ShortName = plan.Board.ShortName,
            Vision = plan.Board.Vision,
            Agencies = NullIfEmpty([.. plan.Board.Agencies.Select(agency => new AgencyFormat { Name = agency.Name, ShortName = agency.ShortName, Sector = agency.Sector.ToString() })]),
            SubGroups = NullIfEmpty([.. plan.Board.SubGroups.Select(group => new SubGroupFormat { Name = group.Name, ShortName = group.ShortName })]),
        },
        Plan = new PlanFormat
        {
            Title = plan.Title,
            Version = plan.Version,
            Period = new PeriodFormat { Start = Date(plan.Period.Start), End = Date(plan.Period.End) },
            PriorityTerm = plan.PriorityTerm == "Priority" ? null : plan.PriorityTerm,
            RagScheme = Scheme(plan.RagScheme),
            ReportingCycleDays = plan.ReportingCycleDays == 92 ? null : plan.ReportingCycleDays,
            RequiresAcceptance = plan.RequiresAcceptance,
            SourceReferences = NullIfEmpty([.. plan.SourceReferences.Select(reference => new SourceReferenceFormat { Key = reference.Key, Title = reference.Title })]),
            Aims = NullIfEmpty([.. plan.Aims]),
            OutcomeMeasures = NullIfEmpty([.. plan.OutcomeMeasures]),
            Priorities = [.. plan.Priorities.Select(priority => new PriorityFormat
            {
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPriorities = NullIfEmpty([.. priority.DevelopmentPriorities.Select(development => new DevelopmentPriorityFormat { Text = development.Text, Years = NullIfEmpty([.. development.Years]) })]),
                ActionAreas = NullIfEmpty([.. priority.ActionAreas.Select(area => new ActionAreaFormat
                {
                    Ref = area.Ref,
                    Title = area.Title,
                    Driver = area.Driver,
                    ReviewPlanPoints = NullIfEmpty([.. area.ReviewPlanPoints]),
                    MonitoredBy = area.MonitoredBy,
                    StrategicOversight = area.StrategicOversight,
                    ExpectedImpact = area.ExpectedImpact,
                    Actions = [.. area.Actions.Select(Action)],
                })]),
                Actions = NullIfEmpty([.. priority.DirectActions.Select(Action)]),
            })],
        },
    };

    private static RagSchemeFormat Scheme(RagScheme scheme) =>
        ReferenceEquals(BuiltInRagSchemes.Find(scheme.Id), scheme)
            ? new RagSchemeFormat { BuiltIn = scheme.Id }
            : new RagSchemeFormat
            {
                Id = scheme.Id,
                Name = scheme.Name,
                Dimensions = [.. scheme.Dimensions.Select(dimension => new RagDimensionFormat
                {
                    Id = dimension.Id,
                    Name = dimension.Name,
                    TracksCompletion = dimension.TracksCompletion,
                    Levels = [.. dimension.Levels.Select(level => new RagLevelFormat
                    {
                        Code = level.Code,
                        Label = level.Label,
                        Descriptor = level.Descriptor,
                        Rating = level.Rating.ToString(),
                        Symbol = level.Symbol,
                        Colour = level.Colour,
                    })],
                })],
            };

    private static ActionFormat Action(PlanAction action) => new()
    {
        Ref = action.Ref,
        RefAssigned = action.RefAssigned,
        Action = action.Action,
        Steps = NullIfEmpty([.. action.Steps]),
        DesiredOutcome = action.DesiredOutcome,
        Lead = action.Lead == ActionLead.None ? null : new LeadFormat { Text = action.Lead.Text, Agency = action.Lead.AgencyName, Officer = action.Lead.Officer },
        Timescale = action.Timescale.Text.Length == 0 ? null : action.Timescale.Text,
        Monitoring = action.Monitoring,
        Progress = NullIfEmpty([.. action.Progress.Select(Progress)]),
        Reviews = NullIfEmpty([.. action.Reviews.Select(review => new ReviewFormat
        {
            Update = review.UpdateNumber,
            Outcome = review.Outcome.ToString(),
            Comment = review.Comment,
            ReviewedBy = Author(review.ReviewedBy),
            ReviewedAt = InstantPattern.ExtendedIso.Format(review.ReviewedAt),
        })]),
        // Notes carried from merged cells were read into notes; they go back as notes and read the same.
        TranscriptionNotes = NullIfEmpty([.. action.SourceNotes]),
    };

    private static ProgressFormat Progress(ProgressUpdate update) => new()
    {
        AsAt = Date(update.AsAt),
        Statement = update.Statement,
        Ratings = update.Ratings.Count == 0 ? null : update.Ratings.ToDictionary(rating => rating.DimensionId, rating => rating.Text, StringComparer.Ordinal),
        Completed = update.MarkedComplete,
        AdditionalWork = update.AdditionalWork,
        ImpactSoFar = update.ImpactSoFar,
        By = update.ReportedBy,
        CompletedOn = update.CompletedOn is { } completed ? Date(completed) : null,
        MilestonesMet = NullIfEmpty([.. update.MilestonesMet.Select(Date)]),
        Corrects = update.Corrects,
        RecordedBy = update.RecordedBy is { } author ? Author(author) : null,
        RecordedAt = update.RecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
        IdempotencyKey = update.IdempotencyKey,
    };

    private static AuthorFormat Author(UpdateAuthor author) => new()
    {
        UserId = author.UserId,
        DisplayName = author.DisplayName,
        Agency = author.Agency,
        Role = author.Role.ToString(),
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;

}
