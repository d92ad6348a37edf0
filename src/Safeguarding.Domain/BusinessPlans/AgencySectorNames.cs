namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Agency sectors as people write them, such as "Local authority": in the registers' spreadsheets and on screens.</summary>
public static class AgencySectorNames
{
    /// <summary>Gets a sector's name in words.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns>Such as "Local authority", "Youth offending" or "Education".</returns>
    public static string InWords(this AgencySector sector) => sector switch
    {
        AgencySector.LocalAuthority => "Local authority",
        AgencySector.YouthOffending => "Youth offending",
        _ => sector.ToString(),
    };
}
