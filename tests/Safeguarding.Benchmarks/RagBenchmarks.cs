using BenchmarkDotNet.Attributes;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Benchmarks;

/// <summary>
/// RAG for a plan of many actions as at 30 November 2014, by the domain's rules
/// (<see cref="RagRules.AssessPlan"/>, and <see cref="RagRules.Assess"/> action by action) against
/// a hand-written loop over arrays of due dates, completion dates and latest ratings. Goal (issue
/// 12): the plan's RAG (<see cref="RagRules.AssessPlan"/>) ≤ 2 × the loop, with no allocation per
/// action; <see cref="RagRules.Assess"/> one action at a time is measured for comparison.
/// </summary>
[MemoryDiagnoser]
public class RagBenchmarks
{
    private static readonly LocalDate AsAt = new(2014, 11, 30);
    private static readonly LocalDate October2014 = new(2014, 10, 31);
    private static readonly LocalDate March2015 = new(2015, 3, 31);
    private const int RiskWindowDays = 30;

    private BusinessPlan _plan = null!;
    private PlanAction[] _actions = [];

    // The loop's arrays: day numbers (days since 1 January 1 AD), int.MaxValue for "none".
    private int[] _dueDays = [];
    private int[] _completedDays = [];
    private int[] _latestUpdateDays = [];
    private RagRating[] _latestRatings = [];
    private int _asAtDay;

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.ActionCounts))]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheme = BuiltInRagSchemes.Hscb2014;
        var actions = new PlanAction[Actions];
        _dueDays = new int[Actions];
        _completedDays = new int[Actions];
        _latestUpdateDays = new int[Actions];
        _latestRatings = new RagRating[Actions];
        _asAtDay = DayNumber(AsAt);
        for (var i = 0; i < Actions; i++)
        {
            // Six kinds of action, so every branch of the rules is taken: overdue unrated, overdue
            // but rated green by hand, at risk (amber), complete, rated red, and not yet rated.
            var (timescale, due, code, updatedOn, complete) = (i % 6) switch
            {
                0 => ("Oct 14", October2014, (string?)null, (LocalDate?)null, false),
                1 => ("Oct 14", October2014, "G", new LocalDate(2014, 9, 30), false),
                2 => ("Mar 15", March2015, "A", new LocalDate(2014, 11, 15), false),
                3 => ("Mar 15", March2015, "G", new LocalDate(2014, 10, 31), true),
                4 => ("Mar 15", March2015, "R", new LocalDate(2014, 11, 20), false),
                _ => ("Mar 15", March2015, null, null, false),
            };
            var action = new PlanAction { Ref = $"A{i}", Action = $"Action {i}", Timescale = Timescale.Parse(timescale), PriorityNumber = "1" };
            _dueDays[i] = DayNumber(due);
            _completedDays[i] = int.MaxValue;
            _latestUpdateDays[i] = int.MaxValue;
            _latestRatings[i] = RagRating.NotRated;
            if (code is not null && updatedOn is { } on)
            {
                if (!scheme.TryReadRating(scheme.CompletionDimension.Id, code, out var rating, out var error))
                {
                    throw new InvalidOperationException(error);
                }
                action.RecordProgress(new ProgressUpdate { AsAt = on, Ratings = [rating], MarkedComplete = complete, Statement = "Progress reported." });
                _latestUpdateDays[i] = DayNumber(on);
                _latestRatings[i] = rating.Rating;
                _completedDays[i] = complete ? DayNumber(on) : int.MaxValue;
            }
            actions[i] = action;
        }
        _actions = actions;
        _plan = new BusinessPlan
        {
            Key = "benchmark-plan",
            Board = new Board { Name = "Benchmark Safeguarding Children Board", Agencies = [new Agency("Benchmark Council", "BC", AgencySector.LocalAuthority)] },
            Title = "Benchmark plan",
            Period = new DateInterval(new LocalDate(2014, 4, 1), March2015),
            RagScheme = scheme,
            Priorities = [new Priority { Number = "1", Title = "Benchmark priority", DirectActions = actions }],
        };
        Check();
    }

    /// <summary>Throws unless the domain and the loop give the same counts.</summary>
    public void Check()
    {
        var loop = HandWrittenLoop();
        var plan = AssessPlan();
        var each = AssessEachAction();
        if (!loop.SequenceEqual(plan) || !loop.SequenceEqual(each))
        {
            throw new InvalidOperationException(
                $"Expected the same RAG counts, but the loop gives [{string.Join(", ", loop)}], AssessPlan [{string.Join(", ", plan)}] and Assess [{string.Join(", ", each)}].");
        }
    }

    /// <summary>The domain: every action assessed and rolled up to the plan; the counts of its roll-up.</summary>
    [Benchmark]
    public int[] AssessPlan()
    {
        var counts = RagRules.AssessPlan(_plan, AsAt).Overall.Counts;
        var result = new int[6];
        foreach (var (rating, count) in counts)
        {
            result[(int)rating] = count;
        }
        return result;
    }

    /// <summary>The domain without the roll-ups: <see cref="RagRules.Assess"/> per action, counted.</summary>
    [Benchmark]
    public int[] AssessEachAction()
    {
        var result = new int[6];
        var plan = _plan;
        foreach (var action in _actions)
        {
            result[(int)RagRules.Assess(plan, action, AsAt).Rating]++;
        }
        return result;
    }

    /// <summary>
    /// The same rules written by hand over arrays: complete ⇒ Complete; past due ⇒ Red; due within
    /// the 30-day risk window and not rated green ⇒ the worse of Amber and the rating; otherwise the
    /// latest rating as at the date, or Not rated. (No action here has a start date or milestones.)
    /// </summary>
    [Benchmark(Baseline = true)]
    public int[] HandWrittenLoop()
    {
        var result = new int[6];
        var asAt = _asAtDay;
        var due = _dueDays;
        var completed = _completedDays;
        var updated = _latestUpdateDays;
        var ratings = _latestRatings;
        for (var i = 0; i < due.Length; i++)
        {
            var manual = updated[i] <= asAt ? ratings[i] : RagRating.NotRated;
            RagRating rating;
            if (completed[i] <= asAt)
            {
                rating = RagRating.Complete;
            }
            else if (due[i] < asAt)
            {
                rating = RagRating.Red;
            }
            else if (due[i] - asAt <= RiskWindowDays && manual != RagRating.Green)
            {
                rating = manual == RagRating.Red ? RagRating.Red : RagRating.Amber;
            }
            else
            {
                rating = manual;
            }
            result[(int)rating]++;
        }
        return result;
    }

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
