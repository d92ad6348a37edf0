using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// What the RAG rules read of every action in a plan, laid out in arrays in plan order: due,
/// start and completion days, and each update's day and completion rating. Rating a plan as at a
/// date is then one pass over these arrays, as fast as a loop written by hand for the purpose,
/// instead of a walk over thousands of objects. <see cref="BusinessPlan"/> keeps one and makes it
/// again after any history changes (<see cref="ProgressHistory.Changes"/>), so it is never older
/// than the latest update recorded.
/// </summary>
internal sealed class PlanRatingIndex
{
    private readonly ActionFacts[] _actions;
    private readonly UpdateFacts[] _updates;

    // Where each action's updates start in _updates, and (at the end) how many there are: read only
    // when an action is assessed as at a date before its latest update.
    private readonly int[] _firstUpdates;

    private PlanRatingIndex(long stamp, RagDimension dimension, PlanAction[] actions)
    {
        Stamp = stamp;
        Dimension = dimension;
        Actions = actions;
        Histories = new ProgressHistory[actions.Length];
        _actions = new ActionFacts[actions.Length];
        _firstUpdates = new int[actions.Length + 1];
        var updates = new List<UpdateFacts>(actions.Length);
        for (var i = 0; i < actions.Length; i++)
        {
            var action = actions[i];
            var history = action.History;
            var timescale = action.Timescale;
            Histories[i] = history;
            _firstUpdates[i] = updates.Count;
            for (var u = 0; u < history.ByDate.Length; u++)
            {
                var recorded = history.ByDate[u].RatingFor(dimension);
                if (recorded is not null)
                {
                    _ = RagTally.Index(recorded.Rating); // refuses a value that is not a rating, so the codes stay in range
                }
                updates.Add(new UpdateFacts(history.ByDateDays[u], recorded?.Rating ?? RagRating.NotRated, recorded is not null));
            }

            // The latest update is kept with the action too: as at any date on or after it (and
            // on or after the start date), no other update and no start date needs reading.
            var latest = history.ByDate.Length == 0 ? new UpdateFacts(RagRules.NoDay, RagRating.NotRated, false) : updates[^1];
            _actions[i] = new ActionFacts(
                timescale.Kind == TimescaleKind.Milestones ? int.MaxValue : Math.Max(latest.Day, timescale.StartDay),
                timescale.DueDay,
                history.CompleteFromDay,
                latest);
        }
        _firstUpdates[actions.Length] = updates.Count;
        _updates = [.. updates];
    }

    /// <summary>Gets the value of <see cref="ProgressHistory.Changes"/> read before the index was made.</summary>
    public long Stamp { get; }

    /// <summary>Gets the dimension whose ratings the index holds (the plan's completion dimension).</summary>
    public RagDimension Dimension { get; }

    /// <summary>Gets the plan's actions, in plan order.</summary>
    public PlanAction[] Actions { get; }

    /// <summary>Gets the version of each action's history the index was made from.</summary>
    public ProgressHistory[] Histories { get; }

    /// <summary>Makes the index of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The index, stamped with the count of history changes read before it was made.</returns>
    public static PlanRatingIndex Of(BusinessPlan plan)
    {
        var stamp = ProgressHistory.Changes;
        return new PlanRatingIndex(stamp, plan.RagScheme.CompletionDimension, [.. plan.Actions]);
    }

    /// <summary>Tells whether the index still holds what the plan's actions say: no history has changed since it was made.</summary>
    /// <param name="plan">The plan it was made from.</param>
    /// <returns><c>true</c> when it may be used.</returns>
    public bool IsCurrentFor(BusinessPlan plan) =>
        Stamp == ProgressHistory.Changes && ReferenceEquals(Dimension, plan.RagScheme.CompletionDimension);

    /// <summary>Decides the ratings of a run of actions and counts them.</summary>
    /// <param name="start">The position of the first action.</param>
    /// <param name="count">How many actions.</param>
    /// <param name="asAt">The date.</param>
    /// <param name="asAtDay">Its day number.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The tally.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RagTally Tally(int start, int count, LocalDate asAt, int asAtDay, in RagRuleSettings settings)
    {
        // One increment per action, of its verdict's code; the tally is worked out from the codes.
        Span<int> codes = stackalloc int[RagVerdict.CodeCount];
        var actions = _actions.AsSpan(start, count);
        for (var i = 0; i < actions.Length; i++)
        {
            ref readonly var action = ref actions[i];
            var verdict = action.FastFrom > asAtDay
                ? DecideFromHistory(start + i, asAt, asAtDay, settings)
                : RagRules.Decide(asAtDay, action.CompleteFromDay, action.LatestDay, action.LatestManual, action.LatestHasRecorded, action.DueDay, startDay: int.MinValue, settings);
            codes[verdict.Code]++;
        }
        return new RagTally(codes);
    }

    // An action with several milestones, or assessed as at a date before its latest update or its
    // start: the rules as for one action, reading its history.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private RagVerdict DecideFromHistory(int position, LocalDate asAt, int asAtDay, in RagRuleSettings settings)
    {
        ref readonly var facts = ref _actions[position];
        var action = Actions[position];
        var latest = facts.LatestDay <= asAtDay ? new UpdateFacts(facts.LatestDay, facts.LatestManual, facts.LatestHasRecorded) : LatestAsAt(position, asAtDay);
        var dueDay = action.IsDueByMilestones
            ? RagRules.DueDayOfNextMilestone(action.Timescale, Histories[position], asAt)
            : facts.DueDay;
        return RagRules.Decide(asAtDay, facts.CompleteFromDay, latest.Day, latest.Manual, latest.HasRecorded, dueDay, action.StartDay, settings);
    }

    // The latest update on or before a day earlier than the action's latest update: the updates are in date order.
    private UpdateFacts LatestAsAt(int position, int asAtDay)
    {
        var updates = _updates.AsSpan(_firstUpdates[position], _firstUpdates[position + 1] - _firstUpdates[position]);
        for (var u = updates.Length - 1; u >= 0; u--)
        {
            if (updates[u].Day <= asAtDay)
            {
                return updates[u];
            }
        }
        return new UpdateFacts(RagRules.NoDay, RagRating.NotRated, false);
    }

    // What the rules read of an action, in 16 bytes (the index is read for every action): from which
    // day these alone decide its rating, its due and completion days, and its latest update packed
    // in one number, ((day + offset) × 16) + (8 if it records a completion rating) + that rating, or
    // 0 for none.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct ActionFacts(int fastFrom, int dueDay, int completeFromDay, UpdateFacts latest)
    {
        private const int DayOffset = 4_000_000; // more than the days from 1 AD to 9999 or back to -9998
        private const int RecordedBit = 8;
        private const int RatingMask = 7;

        private readonly int _latest = latest.Day == RagRules.NoDay ? 0
            : ((latest.Day + DayOffset) << 4) | (latest.HasRecorded ? RecordedBit : 0) | (int)latest.Manual;

        /// <summary>Gets the first day as at which the facts here decide the rating (<see cref="int.MaxValue"/> for an action with several milestones).</summary>
        public int FastFrom { get; } = fastFrom;

        public int DueDay { get; } = dueDay;

        public int CompleteFromDay { get; } = completeFromDay;

        public int LatestDay => _latest == 0 ? RagRules.NoDay : (_latest >> 4) - DayOffset;

        public RagRating LatestManual => (RagRating)(_latest & RatingMask);

        public bool LatestHasRecorded => (_latest & RecordedBit) != 0;
    }

    // An update's day and the completion rating it records (kept in a byte: the index is read for every action).
    [StructLayout(LayoutKind.Auto)]
    private readonly struct UpdateFacts(int day, RagRating manual, bool hasRecorded)
    {
        private readonly byte _manual = (byte)manual;

        public int Day { get; } = day;

        public RagRating Manual => (RagRating)_manual;

        public bool HasRecorded { get; } = hasRecorded;
    }
}
