namespace Safeguarding.SampleIntranet.Models;

/// <summary>Which partner agency this intranet belongs to, and what it shows (section "Intranet" of appsettings.json).</summary>
public sealed class IntranetOptions
{
    /// <summary>Gets or sets the organisation whose intranet this is, shown in the header.</summary>
    public string OrganisationName { get; set; } = "Herefordshire Council";

    /// <summary>Gets or sets the lead agency whose actions are "our actions", as the board names it.</summary>
    public string Agency { get; set; } = "Herefordshire Council";

    /// <summary>Gets or sets the key of the board's plan to show.</summary>
    public string PlanKey { get; set; } = "hscb-business-plan-2014-15";

    /// <summary>
    /// Gets or sets the date the pages rate the plan as at, as yyyy-MM-dd; empty for today. The seed
    /// plans are historical (2009–2017), so the sample shows them as at a date within their year.
    /// </summary>
    public string? AsAt { get; set; }

    /// <summary>Gets or sets the folder of plan files the database is seeded from when it is empty, relative to the app's folder.</summary>
    public string SeedFolder { get; set; } = "../../seeds/plans";

    /// <summary>Gets or sets the folder of scorecard files, relative to the app's folder.</summary>
    public string ScorecardFolder { get; set; } = "../../seeds/scorecards";

    /// <summary>Gets or sets the annual report whose LADO figures the LADO page shows, relative to the app's folder.</summary>
    public string AnnualReportFile { get; set; } = "../../seeds/reports/hscb-annual-report-2015-16.json";

    /// <summary>Gets or sets the scorecard shown on the scorecard page: its file name without ".json".</summary>
    public string Scorecard { get; set; } = "domestic-abuse-2015-16";

    /// <summary>Gets or sets the embedded SQLite database file, relative to the app's folder; created and seeded on first run.</summary>
    public string Database { get; set; } = "App_Data/intranet.db";

    /// <summary>
    /// Whether pages that show the widgets are kept between requests (the widgets' page policy);
    /// <c>true</c> unless turned off. Always off in Development, where an edited view should show
    /// on the next request.
    /// </summary>
    public bool KeepPages { get; set; } = true;
}
