using System.Globalization;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>Builds the view models of the threshold widgets: the scorecard and the Levels of Need guide.</summary>
public sealed class ThresholdViewModelService
{
    private readonly DataFileCache<Safeguarding.Domain.Thresholds.Scorecard> _scorecards = new();
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] QuarterMonths = ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"];
    private readonly SafeguardingWidgetsOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="options">The widgets' options.</param>
    public ThresholdViewModelService(IOptions<SafeguardingWidgetsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>Builds a scorecard from its file in <see cref="SafeguardingWidgetsOptions.ScorecardFolder"/>.</summary>
    /// <param name="key">The file's name without ".json", such as "domestic-abuse-2015-16".</param>
    /// <returns>The view model.</returns>
    /// <exception cref="InvalidOperationException">No scorecard folder is configured.</exception>
    /// <exception cref="FileNotFoundException">There is no such scorecard.</exception>
    public ScorecardViewModel GetScorecard(string key) => ToViewModel(LoadScorecard(key));

    /// <summary>Reads a scorecard file from the configured folder (once, then from the cache until the file changes).</summary>
    internal Scorecard LoadScorecard(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var folder = _options.ScorecardFolder
            ?? throw new InvalidOperationException("Expected SafeguardingWidgetsOptions.ScorecardFolder to name the folder of scorecard files, but it is not set.");
        var path = Path.Combine(folder, key + ".json");
        if (key.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !File.Exists(path))
        {
            throw new FileNotFoundException($"Expected a scorecard \"{key}\" ({key}.json in {folder}), but there is none.", path);
        }
        return _scorecards.Get(path, ScorecardReader.ReadFile);
    }

    /// <summary>Reads a scorecard file from the configured folder, or <c>null</c> when there is no such file (a board paper's address naming none of the board's).</summary>
    internal Scorecard? FindScorecard(string key)
    {
        try
        {
            return LoadScorecard(key);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Builds the Levels of Need guide with the suggestion for the ticked indicators.</summary>
    /// <param name="selected">The ids of the indicators ticked (the form field "indicator"), possibly none.</param>
    /// <param name="formAction">The address the form sends to.</param>
    /// <returns>The view model; with an error naming the field when an id is not in the guide.</returns>
    public LevelsOfNeedViewModel GetLevelsOfNeed(IReadOnlyCollection<string> selected, string formAction)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var guide = _options.LevelsOfNeedGuide ?? LevelsOfNeedGuides.Herefordshire;
        var known = guide.Indicators.Select(indicator => indicator.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = selected.Where(id => !known.Contains(id)).ToList();
        var ticked = selected.Where(known.Contains).ToHashSet(StringComparer.Ordinal);

        NeedIndicatorViewModel Box(NeedIndicator indicator) => new(indicator.Id, indicator.Text, ticked.Contains(indicator.Id),
            indicator.IsExample ? "An example: the guide's documents give none for this level." : null);

        LevelsOfNeedSuggestionViewModel? suggestion = null;
        if (ticked.Count > 0 && unknown.Count == 0)
        {
            var result = new LevelsOfNeedDecisionAid(guide).Suggest(ticked);
            suggestion = new LevelsOfNeedSuggestionViewModel
            {
                Level = result.SuggestedLevel is { } level
                    ? level.ToString()
                    : "No level follows from these indicators alone: consider the child's needs as a whole.",
                RequiredActions = [.. result.RequiredActions.OrderByDescending(action => action.IsUrgent).Select(action => new RequiredActionViewModel(action.Text, action.IsUrgent))],
                PathwaySteps = [.. result.PathwaySteps.Select(step => step.Text)],
                DrivingIndicators = [.. result.DrivingIndicators.Select(indicator => indicator.Text)],
            };
        }

        return new LevelsOfNeedViewModel
        {
            Title = guide.Title,
            IllustrationNote = guide.IsIllustration ? "This guide is an illustration of the format, not an area's published guide." : null,
            FormAction = formAction,
            Levels = [.. guide.Levels.Select(level => new NeedLevelViewModel(
                level.ToString(),
                level.Descriptor,
                [.. guide.Indicators.Where(indicator => indicator.Level == level.Number).Select(Box)]))],
            OtherIndicators = [.. guide.Indicators.Where(indicator => indicator.Level is null).Select(Box)],
            Suggestion = suggestion,
            Error = unknown.Count == 0 ? null
                : $"The form field \"indicator\" has a value this guide does not know ({string.Join(", ", unknown.Select(id => $"\"{id}\""))}): choose from the indicators listed.",
            Reminder = LevelsOfNeedSuggestion.ProfessionalJudgementReminder,
        };
    }

    private static ScorecardViewModel ToViewModel(Scorecard scorecard) => new()
    {
        Title = scorecard.Title,
        Meta = $"{scorecard.Board} · {scorecard.Year.Label}",
        Source = scorecard.Source.ToString(),
        QuarterHeadings = [.. Enumerable.Range(1, 4).Select(quarter => $"Q{quarter} ({QuarterMonths[quarter - 1]})")],
        Rows = [.. scorecard.Indicators.Select(ToRow)],
    };

    private static ScorecardRowViewModel ToRow(ScorecardIndicator indicator)
    {
        var change = indicator.ChangeFromFirstToLastQuarter;
        return new ScorecardRowViewModel
        {
            Name = indicator.Name,
            SourceAgency = indicator.SourceAgency,
            Polarity = indicator.Polarity switch
            {
                IndicatorPolarity.SmallerIsBetter => "Smaller is better",
                IndicatorPolarity.LargerIsBetter => "Larger is better",
                _ => "Not stated",
            },
            Target = indicator.Target is { } target ? $"{Number(target.Target)} (tolerance {Number(target.Tolerance)})" : "None published",
            Cells = [.. Enumerable.Range(1, 4).Select(quarter =>
            {
                var value = indicator.Values.FirstOrDefault(value => value.Quarter == quarter);
                return value is null
                    ? new ScorecardCellViewModel(string.Empty, null)
                    : new ScorecardCellViewModel(Number(value.Value), indicator.Target is null ? null : RagBadgeViewModel.For(indicator.Rate(value.Value)));
            })],
            Change = change is null ? "Too few values"
                : $"{Signed(change.Absolute)}{(change.Percentage is { } percentage ? $" ({Signed(Math.Round(percentage, 0))}%)" : string.Empty)} from Q{change.FromQuarter} to Q{change.ToQuarter}",
            Trend = indicator.Trend switch
            {
                IndicatorTrend.Improving => "Improving",
                IndicatorTrend.Worsening => "Worsening",
                IndicatorTrend.NoChange => "No change",
                _ => "Not judged: no polarity stated",
            },
            TrendSymbol = change is null ? string.Empty : change.Absolute > 0 ? "▲" : change.Absolute < 0 ? "▼" : "▶",
            SparklinePoints = Sparkline(indicator.Values.Select(value => value.Value).ToList()),
        };
    }

    private static string Sparkline(List<decimal> values)
    {
        if (values.Count < 2)
        {
            return string.Empty;
        }
        var low = values.Min();
        var range = values.Max() - low;
        return string.Join(" ", values.Select((value, index) => string.Create(CultureInfo.InvariantCulture,
            $"{Math.Round(100m * index / (values.Count - 1), 2)},{Math.Round(range == 0 ? 10m : 18m - (16m * (value - low) / range), 2)}")));
    }

    private static string Number(decimal value) => value.ToString("#,0.##", EnglishUnitedKingdom);

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Number(value);
}
