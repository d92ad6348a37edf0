namespace Safeguarding.Widgets;

/// <summary>Settings for the widgets, set with <c>services.AddSafeguardingWidgets(options =&gt; …)</c>.</summary>
public sealed class SafeguardingWidgetsOptions
{
    /// <summary>Creates options with the defaults.</summary>
    public SafeguardingWidgetsOptions()
    {
        TimeZoneId = "Europe/London";
        RiskWindowDays = 30;
        DueSoonDays = 30;
        EscalateAfterDays = Safeguarding.Domain.BusinessPlans.UpdatesDue.DefaultEscalateAfterDays;
        Identity = new Security.SafeguardingIdentityOptions();
    }

    /// <summary>
    /// Gets or sets the path under which <c>app.MapSafeguardingWidgets()</c> maps the endpoints the
    /// progress forms post to (<c>{path}/progress</c>, <c>{path}/progress/review</c>). The default is "/safeguarding".
    /// </summary>
    public string EndpointPath { get; set; } = "/safeguarding";

    /// <summary>
    /// Gets or sets the address of the host's page for one action, with <c>{plan}</c> and <c>{action}</c>
    /// replaced by the plan's key and the action's ref, such as "/actions/{action}"; the updates-due
    /// widget links each return to it. The default is <c>null</c>: no links.
    /// </summary>
    public string? ActionPageTemplate { get; set; }

    /// <summary>Gets the address of the host's page for an action, from <see cref="ActionPageTemplate"/>; <c>null</c> when there is none.</summary>
    internal string? ActionPage(string planKey, string actionRef) =>
        ActionPageTemplate is { Length: > 0 } template
            ? template.Replace("{plan}", Uri.EscapeDataString(planKey), StringComparison.Ordinal).Replace("{action}", Uri.EscapeDataString(actionRef), StringComparison.Ordinal)
            : null;

    /// <summary>Gets or sets how the host's sign-in maps onto the board's roles and agencies, and whether anonymous users may read plans.</summary>
    public Security.SafeguardingIdentityOptions Identity { get; set; }

    /// <summary>Gets or sets how many days overdue a progress return must be before it escalates to the business unit. The default is 14.</summary>
    public int EscalateAfterDays { get; set; }

    /// <summary>
    /// Gets or sets the key of the plan a widget shows when it names none. The default is <c>null</c>:
    /// the first plan the repository lists.
    /// </summary>
    public string? DefaultPlanKey { get; set; }

    /// <summary>Gets or sets the time zone "today" is taken in, as an IANA id. The default is "Europe/London".</summary>
    public string TimeZoneId { get; set; }

    /// <summary>Gets today's date in <see cref="TimeZoneId"/> by a clock: the one place the widgets take "today".</summary>
    internal LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[TimeZoneId]).Date;

    /// <summary>
    /// Gets or sets whether the HTML of plan widgets without forms (the RAG summary, actions due,
    /// updates due, the action plan and the exception report) is kept and shared by viewers with
    /// the same board roles and agencies until their plan changes (<see cref="Caching.RenderedWidgetCache"/>).
    /// The default is <c>true</c>. Turn it off while editing overriding views with runtime compilation,
    /// or when a host's own authorization or views make a widget's HTML depend on more than the
    /// viewer's roles and agencies.
    /// </summary>
    public bool KeepRenderedWidgets { get; set; } = true;

    /// <summary>Gets or sets how many days before its due date an action not rated green shows as amber. The default is 30.</summary>
    public int RiskWindowDays { get; set; }

    /// <summary>Gets or sets how many days ahead "our actions due" looks when a page does not say. The default is 30.</summary>
    public int DueSoonDays { get; set; }

    /// <summary>
    /// Gets or sets the folder of scorecard files (the format of seeds/README.md); a scorecard widget
    /// names its file without ".json". The default is <c>null</c>: no scorecards.
    /// </summary>
    public string? ScorecardFolder { get; set; }

    /// <summary>
    /// Gets or sets the annual report file (the format of seeds/README.md) whose LADO figures the
    /// timeliness gauge shows. The default is <c>null</c>: no gauge.
    /// </summary>
    public string? AnnualReportFile { get; set; }

    /// <summary>
    /// Gets the board's own dated LADO timeliness targets, which <c>&lt;sg-allegation-timeliness&gt;</c>
    /// measures the register's cases against (the one in force on a year's first day), such as
    /// <see cref="Safeguarding.Domain.Allegations.LadoTimelinessTarget.Herefordshire2015To16"/>. The
    /// default is empty: shares without ratings, since current guidance sets no percentages.
    /// </summary>
    public IList<Safeguarding.Domain.Allegations.LadoTimelinessTarget> LadoTimelinessTargets { get; } = [];

    /// <summary>
    /// Gets or sets a local grace period on private fostering notifications due immediately, such as
    /// a procedure's 48 hours, which the visits-due widget names beside each notification it changes.
    /// The default is <c>null</c>: the regulations alone (immediately means the same day).
    /// </summary>
    public Safeguarding.Domain.PrivateFostering.LocalGracePeriod? PrivateFosteringGracePeriod { get; set; }

    /// <summary>
    /// Gets or sets the Levels of Need guide the guide widget uses. The default is
    /// <see cref="Safeguarding.Domain.Thresholds.LevelsOfNeedGuides.Herefordshire"/>; read another
    /// area's with <see cref="Safeguarding.Domain.Thresholds.LevelsOfNeedGuideReader"/>.
    /// </summary>
    public Safeguarding.Domain.Thresholds.LevelsOfNeedGuide? LevelsOfNeedGuide { get; set; }
}
