using NodaTime.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Import;

/// <summary>Turns a deserialised plan file into the domain, collecting every problem with its JSON path.</summary>
internal sealed class PlanFileReader
{
    internal sealed record Problem(string Path, string Message);

    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, string> _actionRefs = new(StringComparer.Ordinal);
    private Board _board = null!;
    private RagScheme? _scheme;

    internal IReadOnlyList<Problem> Problems => _problems;

    internal BusinessPlan? Read(PlanFileDocument document, string key)
    {
        _board = ReadBoard(document.Board, "$.board");
        var plan = document.Plan;
        const string planPath = "$.plan";
        var start = ReadDate(plan.Period.Start, $"{planPath}.period.start");
        var end = ReadDate(plan.Period.End, $"{planPath}.period.end");
        if (start is { } first && end is { } last && last < first)
        {
            Add($"{planPath}.period.end", $"expected the end of the period ({last:uuuu-MM-dd}) not to be earlier than its start ({first:uuuu-MM-dd})");
        }
        _scheme = ReadScheme(plan.RagScheme, $"{planPath}.ragScheme");
        if (plan.ReportingCycleDays is < 1)
        {
            Add($"{planPath}.reportingCycleDays", $"expected a reporting cycle of at least 1 day, but found {plan.ReportingCycleDays}");
        }
        RequireText(plan.Title, $"{planPath}.title");
        if (plan.Priorities.Count == 0)
        {
            Add($"{planPath}.priorities", "expected at least one priority");
        }
        var priorities = plan.Priorities.Select((priority, index) => ReadPriority(priority, $"{planPath}.priorities[{index}]")).ToList();
        CheckUnique(plan.Priorities.Select((priority, index) => (priority.Number, $"{planPath}.priorities[{index}].number")), "priority number");
        CheckUnique(plan.Priorities.SelectMany((priority, index) => (priority.ActionAreas ?? []).Select((area, areaIndex) =>
            (area.Ref, $"{planPath}.priorities[{index}].actionAreas[{areaIndex}].ref"))), "action area ref");

        if (_problems.Count > 0 || start is null || end is null || _scheme is null)
        {
            return null;
        }
        return new BusinessPlan
        {
            Key = key,
            Board = _board,
            Title = plan.Title,
            Version = Blank(plan.Version),
            Period = new DateInterval(start.Value, end.Value),
            PriorityTerm = Blank(plan.PriorityTerm) ?? "Priority",
            RagScheme = _scheme,
            ReportingCycleDays = plan.ReportingCycleDays ?? 92,
            RequiresAcceptance = plan.RequiresAcceptance,
            SourceReferences = [.. (plan.SourceReferences ?? []).Select(reference => new SourceReference(reference.Key, reference.Title))],
            Aims = plan.Aims ?? [],
            OutcomeMeasures = plan.OutcomeMeasures ?? [],
            Priorities = priorities,
            Source = document.Source.Document,
        };
    }

    private Board ReadBoard(BoardFormat board, string path)
    {
        RequireText(board.Name, $"{path}.name");
        var agencies = new List<Agency>();
        for (var i = 0; i < (board.Agencies?.Count ?? 0); i++)
        {
            var agency = board.Agencies![i];
            var agencyPath = $"{path}.agencies[{i}]";
            RequireText(agency.Name, $"{agencyPath}.name");
            var sector = ReadEnum<AgencySector>(agency.Sector ?? string.Empty, $"{agencyPath}.sector") ?? default;
            if (agencies.Any(known => known.IsNamed(agency.Name) || known.IsNamed(agency.ShortName)))
            {
                Add($"{agencyPath}.name", $"expected each agency once, but \"{agency.Name}\" repeats an agency's name or short name");
            }
            agencies.Add(new Agency(agency.Name, Blank(agency.ShortName), sector));
        }
        return new Board
        {
            Name = board.Name,
            ShortName = Blank(board.ShortName),
            Vision = Blank(board.Vision),
            Agencies = agencies,
            SubGroups = [.. (board.SubGroups ?? []).Select(group => new SubGroup(group.Name, Blank(group.ShortName)))],
        };
    }

    private RagScheme? ReadScheme(RagSchemeFormat scheme, string path)
    {
        if (scheme.BuiltIn is { } builtIn)
        {
            if (scheme.Id is not null || scheme.Name is not null || scheme.Dimensions is not null)
            {
                Add(path, "expected either \"builtIn\" or a custom scheme (\"id\", \"name\", \"dimensions\"), not both");
            }
            var found = BuiltInRagSchemes.Find(builtIn);
            if (found is null)
            {
                Add($"{path}.builtIn", $"expected one of {string.Join(", ", BuiltInRagSchemes.All.Select(known => $"\"{known.Id}\""))}, but found \"{builtIn}\"");
            }
            return found;
        }
        if (string.IsNullOrWhiteSpace(scheme.Id) || string.IsNullOrWhiteSpace(scheme.Name) || scheme.Dimensions is not { Count: > 0 })
        {
            Add(path, "expected \"builtIn\" with a built-in scheme's id, or a custom scheme with \"id\", \"name\" and at least one of \"dimensions\"");
            return null;
        }
        var dimensions = new List<RagDimension>();
        for (var d = 0; d < scheme.Dimensions.Count; d++)
        {
            var dimension = scheme.Dimensions[d];
            var dimensionPath = $"{path}.dimensions[{d}]";
            RequireText(dimension.Id, $"{dimensionPath}.id");
            RequireText(dimension.Name, $"{dimensionPath}.name");
            var levels = new List<RagLevel>();
            for (var l = 0; l < dimension.Levels.Count; l++)
            {
                var level = dimension.Levels[l];
                var levelPath = $"{dimensionPath}.levels[{l}]";
                RequireText(level.Code, $"{levelPath}.code");
                RequireText(level.Label, $"{levelPath}.label");
                // Enum.TryParse also reads "Green, Red" and " 1"; only a rating's own name will do.
                if (!Enum.TryParse<RagRating>(level.Rating, ignoreCase: false, out var rating) || !Enum.IsDefined(rating)
                    || !string.Equals(rating.ToString(), level.Rating, StringComparison.Ordinal))
                {
                    Add($"{levelPath}.rating", $"expected one of {string.Join(", ", Enum.GetNames<RagRating>().Select(name => $"\"{name}\""))}, but found \"{level.Rating}\"");
                }
                if (levels.Any(known => known.Code == level.Code))
                {
                    Add($"{levelPath}.code", $"expected distinct level codes, but \"{level.Code}\" appears more than once");
                }
                levels.Add(new RagLevel(level.Code, level.Label, level.Descriptor ?? level.Label, rating, level.Symbol ?? level.Code, level.Colour ?? "#505a5f"));
            }
            if (levels.Count == 0)
            {
                Add($"{dimensionPath}.levels", "expected at least one level");
            }
            if (string.IsNullOrWhiteSpace(dimension.Id) || string.IsNullOrWhiteSpace(dimension.Name))
            {
                continue;
            }
            dimensions.Add(new RagDimension(dimension.Id, dimension.Name, dimension.TracksCompletion, levels.DistinctBy(level => level.Code).DefaultIfEmpty(new RagLevel("N", "Not rated", "Not rated", RagRating.NotRated, "–", "#505a5f"))));
        }
        if (dimensions.Count != scheme.Dimensions.Count)
        {
            return null;
        }
        if (dimensions.Count(dimension => dimension.TracksCompletion) != 1)
        {
            Add($"{path}.dimensions", "expected exactly one dimension with \"tracksCompletion\": true (the one the timescale rules apply to)");
            return null;
        }
        if (dimensions.DistinctBy(dimension => dimension.Id).Count() != dimensions.Count)
        {
            Add($"{path}.dimensions", "expected distinct dimension ids");
            return null;
        }
        return new RagScheme(scheme.Id, scheme.Name, dimensions);
    }

    private Priority ReadPriority(PriorityFormat priority, string path)
    {
        RequireText(priority.Number, $"{path}.number");
        RequireText(priority.Title, $"{path}.title");
        var areas = (priority.ActionAreas ?? []).Select((area, index) => ReadActionArea(area, priority.Number, $"{path}.actionAreas[{index}]")).ToList();
        var actions = (priority.Actions ?? []).Select((action, index) => ReadAction(action, priority.Number, null, $"{path}.actions[{index}]")).ToList();
        return new Priority
        {
            Number = priority.Number,
            Title = priority.Title,
            DevelopmentPriorities = [.. (priority.DevelopmentPriorities ?? []).Select(item => new DevelopmentPriority(item.Text, item.Years ?? []))],
            ActionAreas = areas,
            DirectActions = actions,
        };
    }

    private ActionArea ReadActionArea(ActionAreaFormat area, string priorityNumber, string path)
    {
        RequireText(area.Ref, $"{path}.ref");
        RequireText(area.Title, $"{path}.title");
        return new ActionArea
        {
            Ref = area.Ref,
            Title = area.Title,
            Driver = Blank(area.Driver),
            ReviewPlanPoints = area.ReviewPlanPoints ?? [],
            MonitoredBy = Blank(area.MonitoredBy),
            StrategicOversight = Blank(area.StrategicOversight),
            ExpectedImpact = Blank(area.ExpectedImpact),
            Actions = [.. area.Actions.Select((action, index) => ReadAction(action, priorityNumber, area.Ref, $"{path}.actions[{index}]"))],
        };
    }

    private PlanAction ReadAction(ActionFormat action, string priorityNumber, string? areaRef, string path)
    {
        RequireText(action.Ref, $"{path}.ref");
        if (_actionRefs.TryGetValue(action.Ref, out var firstPath))
        {
            Add($"{path}.ref", $"expected each action ref once in the file, but \"{action.Ref}\" is already used at {firstPath}");
        }
        else
        {
            _actionRefs[action.Ref] = path;
        }

        if (!Timescale.TryParse(action.Timescale, out var timescale, out var timescaleError))
        {
            Add($"{path}.timescale", $"could not read the timescale of action {action.Ref}: {timescaleError}");
        }

        var lead = ActionLead.None;
        if (action.Lead is { } leadFormat)
        {
            string? agencyName = null;
            if (Blank(leadFormat.Agency) is { } named)
            {
                var agency = _board.FindAgency(named);
                if (agency is null)
                {
                    var known = _board.Agencies.Count == 0 ? "the board lists no agencies" : "expected one of " + string.Join(", ", _board.Agencies.Select(a => $"\"{a.ShortName ?? a.Name}\""));
                    Add($"{path}.lead.agency", $"the lead agency \"{named}\" of action {action.Ref} is not one of the board's agencies ({known})");
                }
                agencyName = agency?.Name;
            }
            lead = new ActionLead(leadFormat.Text, agencyName, Blank(leadFormat.Officer));
        }

        var result = new PlanAction
        {
            Ref = action.Ref,
            RefAssigned = action.RefAssigned,
            Action = Blank(action.Action),
            Steps = action.Steps ?? [],
            DesiredOutcome = Blank(action.DesiredOutcome),
            Lead = lead,
            Timescale = timescale ?? Timescale.None,
            Monitoring = Blank(action.Monitoring),
            PriorityNumber = priorityNumber,
            ActionAreaRef = areaRef,
            SourceNotes = [.. (action.CarriedFromRowAbove ?? []).Select(field => $"{field}: carried from the row above (a merged cell in the original)"),
                .. action.TranscriptionNotes ?? []],
        };

        LocalDate? previous = null;
        for (var i = 0; i < (action.Progress?.Count ?? 0); i++)
        {
            var update = ReadProgress(action.Progress![i], action.Ref, $"{path}.progress[{i}]");
            if (update is null)
            {
                continue;
            }
            // A correction may keep the date of the update it corrects; every other update comes in date order.
            if (update.Corrects is null && previous is { } before && update.AsAt < before)
            {
                Add($"{path}.progress[{i}].asAt", $"expected progress updates of action {action.Ref} oldest first, but {update.AsAt:uuuu-MM-dd} comes after {before:uuuu-MM-dd}");
                continue;
            }
            if (update.Corrects is { } corrected && (corrected < 1 || corrected > result.Progress.Count))
            {
                Add($"{path}.progress[{i}].corrects", $"expected the number of an earlier update of action {action.Ref} (1 to {result.Progress.Count}), but found {corrected}");
                continue;
            }
            try
            {
                result.RecordProgress(update);
            }
            catch (ArgumentException exception)
            {
                Add($"{path}.progress[{i}]", $"the update does not fit the history of action {action.Ref}: {exception.Message}");
                continue;
            }
            if (update.Corrects is null)
            {
                previous = update.AsAt;
            }
        }
        for (var i = 0; i < (action.Reviews?.Count ?? 0); i++)
        {
            var reviewPath = $"{path}.reviews[{i}]";
            var review = ReadReview(action.Reviews![i], reviewPath);
            if (review is null)
            {
                continue;
            }
            if (review.UpdateNumber < 1 || review.UpdateNumber > result.Progress.Count)
            {
                Add($"{reviewPath}.update", $"expected the number of an update of action {action.Ref} (1 to {result.Progress.Count}), but found {review.UpdateNumber}");
                continue;
            }
            result.RecordReview(review);
        }
        return result;
    }

    private ProgressReview? ReadReview(ReviewFormat review, string path)
    {
        var outcome = ReadEnum<ReviewOutcome>(review.Outcome, $"{path}.outcome");
        if (review.ReviewedBy is null || review.ReviewedAt is null)
        {
            Add(path, "expected \"reviewedBy\" and \"reviewedAt\": who reviewed the update, and when");
        }
        var author = ReadAuthor(review.ReviewedBy, $"{path}.reviewedBy");
        var at = ReadInstant(review.ReviewedAt, $"{path}.reviewedAt");
        return outcome is null || author is null || at is null ? null : new ProgressReview
        {
            UpdateNumber = review.Update,
            Outcome = outcome.Value,
            Comment = Blank(review.Comment),
            ReviewedBy = author,
            ReviewedAt = at.Value,
        };
    }

    private UpdateAuthor? ReadAuthor(AuthorFormat? author, string path)
    {
        if (author is null)
        {
            return null;
        }
        RequireText(author.UserId, $"{path}.userId");
        RequireText(author.DisplayName, $"{path}.displayName");
        var role = ReadEnum<Safeguarding.Domain.Access.BoardRole>(author.Role, $"{path}.role");
        return role is null || string.IsNullOrWhiteSpace(author.UserId) || string.IsNullOrWhiteSpace(author.DisplayName)
            ? null
            : new UpdateAuthor(author.UserId, author.DisplayName, Blank(author.Agency), role.Value);
    }

    private T? ReadEnum<T>(string text, string path)
        where T : struct, Enum
    {
        // Exactly one of the names: Enum.TryParse would also read "LocalAuthority,Health" (the values
        // combined, which may be another member) and " 1".
        if (Enum.GetNames<T>().Contains(text, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(text, ignoreCase: false);
        }
        Add(path, $"expected one of {string.Join(", ", Enum.GetNames<T>().Select(name => $"\"{name}\""))}, but found \"{text}\"");
        return null;
    }

    private Instant? ReadInstant(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }
        var result = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }
        Add(path, $"expected an instant written in UTC as yyyy-MM-ddTHH:mm:ssZ, such as \"2026-11-27T10:15:00Z\", but found \"{text}\"");
        return null;
    }

    private ProgressUpdate? ReadProgress(ProgressFormat progress, string actionRef, string path)
    {
        var asAt = ReadDate(progress.AsAt, $"{path}.asAt");
        var ratings = new List<RecordedRating>();
        // Without a known scheme the ratings cannot be checked; the scheme's own error says why.
        foreach (var (dimensionId, code) in _scheme is null ? [] : progress.Ratings ?? [])
        {
            if (_scheme!.TryReadRating(dimensionId, code, out var rating, out var error))
            {
                ratings.Add(rating);
            }
            else
            {
                Add(JsonLineLocator.PropertyPath($"{path}.ratings", dimensionId), $"unknown rating for action {actionRef}: {error}");
            }
        }
        var completedOn = progress.CompletedOn is null ? null : ReadDate(progress.CompletedOn, $"{path}.completedOn");
        var milestones = new List<LocalDate>();
        for (var m = 0; m < (progress.MilestonesMet?.Count ?? 0); m++)
        {
            if (ReadDate(progress.MilestonesMet![m], $"{path}.milestonesMet[{m}]") is { } met)
            {
                milestones.Add(met);
            }
        }
        var recordedBy = ReadAuthor(progress.RecordedBy, $"{path}.recordedBy");
        var recordedAt = ReadInstant(progress.RecordedAt, $"{path}.recordedAt");
        if ((progress.RecordedBy is null) != (progress.RecordedAt is null))
        {
            Add(path, "expected \"recordedBy\" and \"recordedAt\" together (an update recorded through the software), or neither (an update from the plan document)");
        }
        return asAt is null ? null : new ProgressUpdate
        {
            AsAt = asAt.Value,
            Statement = Blank(progress.Statement),
            Ratings = ratings,
            MarkedComplete = progress.Completed,
            AdditionalWork = Blank(progress.AdditionalWork),
            ImpactSoFar = Blank(progress.ImpactSoFar),
            ReportedBy = Blank(progress.By),
            CompletedOn = completedOn,
            MilestonesMet = milestones,
            Corrects = progress.Corrects,
            RecordedBy = recordedBy,
            RecordedAt = recordedAt,
            IdempotencyKey = Blank(progress.IdempotencyKey),
        };
    }

    private LocalDate? ReadDate(string text, string path)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }
        Add(path, $"expected a date written yyyy-MM-dd, such as \"2014-10-31\", but found \"{text}\"");
        return null;
    }

    private void CheckUnique(IEnumerable<(string Key, string Path)> keys, string what)
    {
        foreach (var group in keys.GroupBy(key => key.Key, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                Add(duplicate.Path, $"expected each {what} once, but \"{group.Key}\" is already used at {group.First().Path}");
            }
        }
    }

    private void RequireText(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(path, "expected some text, but the value is empty");
        }
    }

    private void Add(string path, string message) => _problems.Add(new Problem(path, message));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
