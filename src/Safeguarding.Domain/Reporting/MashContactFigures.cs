namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Contacts received in the multi-agency safeguarding hub (MASH) and how many became referrals,
/// as an annual report gives them (003_2b82dd704ae0436e.txt, section 5, priority 3).
/// </summary>
/// <param name="ContactsChangeFromPreviousYearPercent">The change in contacts received from the year before (-19).</param>
/// <param name="ContactsProgressingToReferralPercent">Contacts that progressed to a referral to children's social care (42.6).</param>
/// <param name="PreviousYearContactsProgressingToReferralPercent">The same in the year before (31.9).</param>
/// <param name="ScreenedWithinOneWorkingDayPercent">Contacts screened within one working day (96.7).</param>
/// <param name="PublishedAsPercentagesOnly"><c>true</c> when the document gives no counts (2015-16: the chart with the volumes is lost in the text).</param>
/// <param name="Source">Where in the document the figures are.</param>
public sealed record MashContactFigures(
    decimal ContactsChangeFromPreviousYearPercent,
    decimal ContactsProgressingToReferralPercent,
    decimal PreviousYearContactsProgressingToReferralPercent,
    decimal ScreenedWithinOneWorkingDayPercent,
    bool PublishedAsPercentagesOnly,
    SourceCitation Source);
