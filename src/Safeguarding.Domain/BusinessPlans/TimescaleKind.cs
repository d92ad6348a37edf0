namespace Safeguarding.Domain.BusinessPlans;

/// <summary>What sort of timescale an action has.</summary>
public enum TimescaleKind
{
    /// <summary>The plan gives no timescale.</summary>
    None = 0,

    /// <summary>A single due date ("Oct 14" is due by 31 October 2014).</summary>
    DueDate = 1,

    /// <summary>Several milestones ("Oct 14 for Education Mar 15 for wider application"); the last is the due date.</summary>
    Milestones = 2,

    /// <summary>Ongoing work with no end ("On-going", "Ongoing from April 2014").</summary>
    Ongoing = 3,

    /// <summary>To be confirmed ("TBC - …"): no due date yet, and the reason is kept.</summary>
    ToBeConfirmed = 4,
}
