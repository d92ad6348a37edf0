namespace Safeguarding.Domain.Thresholds;

/// <summary>What selecting an indicator means beyond its level.</summary>
public enum NeedIndicatorKind
{
    /// <summary>An indicator of need at its level.</summary>
    Need = 0,

    /// <summary>
    /// The child is in immediate danger: the decision aid always says to contact the police or the
    /// MASH now. An immediate danger indicator must be at the guide's highest level.
    /// </summary>
    ImmediateDanger = 1,

    /// <summary>
    /// The child may be privately fostered: the decision aid always adds "notify the local
    /// authority" (000_c934ee8d227a9289.txt, action area 3.4: private fostering is a risk factor
    /// in the Levels of Need, and the workforce must notify children's social care).
    /// </summary>
    PrivateFostering = 2,

    /// <summary>
    /// A risk factor to weigh, such as parental substance misuse: it may have no level of its own
    /// and then does not by itself suggest one.
    /// </summary>
    RiskFactor = 3,
}
