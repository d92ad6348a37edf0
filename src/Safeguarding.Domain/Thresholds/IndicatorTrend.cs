namespace Safeguarding.Domain.Thresholds;

/// <summary>Whether an indicator got better or worse over the scorecard's quarters, respecting its polarity.</summary>
public enum IndicatorTrend
{
    /// <summary>Not judged: the indicator's polarity is not stated, or it has fewer than two values.</summary>
    NotJudged = 0,

    /// <summary>The last value is better than the first.</summary>
    Improving = 1,

    /// <summary>The last value is the same as the first.</summary>
    NoChange = 2,

    /// <summary>The last value is worse than the first.</summary>
    Worsening = 3,
}
