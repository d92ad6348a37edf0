namespace Safeguarding.SampleIntranet.Models;

/// <summary>What every page of the sample passes to its widgets.</summary>
/// <param name="PlanKey">The board plan shown.</param>
/// <param name="Agency">"Our" agency.</param>
/// <param name="AsAt">The date ratings are as at.</param>
public sealed record IntranetPage(string PlanKey, string Agency, LocalDate AsAt)
{
    /// <summary>Gets the as-at date as yyyy-MM-dd, for forms.</summary>
    public string AsAtIso => AsAt.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the as-at date in words.</summary>
    public string AsAtText => Safeguarding.Domain.DisplayDates.Format(AsAt);
}
