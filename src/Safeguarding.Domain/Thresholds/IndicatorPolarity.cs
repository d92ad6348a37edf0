namespace Safeguarding.Domain.Thresholds;

/// <summary>Which direction is better for an indicator, as scorecards mark it ("Smaller is better").</summary>
public enum IndicatorPolarity
{
    /// <summary>Smaller is better, such as the number of children exposed to domestic abuse (003_2b82dd704ae0436e.txt, Appendix 3).</summary>
    SmallerIsBetter = 0,

    /// <summary>Larger is better, such as the share of contacts screened within one working day.</summary>
    LargerIsBetter = 1,
}
