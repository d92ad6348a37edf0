namespace Safeguarding.Domain.Allegations;

/// <summary>How long an allegation took to resolve, measured from referral to closure in calendar months (see <see cref="AllegationTimeliness"/>). The bands do not overlap.</summary>
public enum ResolutionBand
{
    /// <summary>Closed within one month of referral.</summary>
    WithinOneMonth = 1,

    /// <summary>Closed after one month and within three months of referral.</summary>
    WithinThreeMonths = 2,

    /// <summary>Closed after three months and within twelve months of referral.</summary>
    WithinTwelveMonths = 3,

    /// <summary>Closed more than twelve months after referral.</summary>
    AfterTwelveMonths = 4,

    /// <summary>Still open.</summary>
    Open = 5,
}
