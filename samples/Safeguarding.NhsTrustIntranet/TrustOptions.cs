namespace Safeguarding.NhsTrustIntranet;

/// <summary>Which trust's intranet this is, and the plan it shows (appsettings.json, "Intranet").</summary>
public sealed class TrustOptions
{
    /// <summary>Gets or sets the organisation's name, shown in the header.</summary>
    public string OrganisationName { get; set; } = "Wye Valley NHS Trust";

    /// <summary>Gets or sets the agency the trust's safeguarding lead records for, as the board's plans name it.</summary>
    public string Agency { get; set; } = "Wye Valley NHS Trust";

    /// <summary>Gets or sets the key of the plan shown.</summary>
    public string PlanKey { get; set; } = "hscb-business-plan-demo";
}
