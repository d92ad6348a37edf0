using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Domain.Rag;
using Safeguarding.Widgets.Security;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>
/// Builds the view models of the case registers' widgets from the domain's registers
/// (<see cref="AllegationRegister"/>, <see cref="PrivateFosteringRegister"/>), which check the
/// viewer's permission and log every case shown. The registers are asked for only when a widget is
/// shown to someone allowed to see it, so a host without the registers' stores can still show the
/// other widgets (and these refuse in their own place).
/// </summary>
/// <param name="services">The request's services, for the registers.</param>
/// <param name="users">Resolves the board user.</param>
/// <param name="clock">The clock "today" is taken from.</param>
/// <param name="options">The widgets' options: the board's LADO targets and the time zone.</param>
public sealed class CaseRegisterWidgetService(IServiceProvider services, IBoardUserResolver users, IClock clock, IOptions<SafeguardingWidgetsOptions> options)
{
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private readonly SafeguardingWidgetsOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    private LocalDate Today => _options.Today(clock);

    /// <summary>Builds the LADO's case list, logging each case shown.</summary>
    /// <param name="context">The request, for the viewer.</param>
    /// <param name="year">The financial year of referral; <c>null</c> for the year containing the date.</param>
    /// <param name="openOnly">Whether to list only the cases open as at the date.</param>
    /// <param name="asAt">The date; <c>null</c> for today.</param>
    /// <param name="headingLevel">The heading level.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="UnauthorizedAccessException">The viewer is not the LADO.</exception>
    public async Task<LadoCasesViewModel> GetLadoCasesAsync(HttpContext context, FinancialYear? year, bool openOnly, LocalDate? asAt, int headingLevel,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var date = asAt ?? Today;
        var chosen = year ?? FinancialYear.Containing(date);
        var cases = await Allegations(context).ListCasesAsync(users.Resolve(context.User), chosen.Interval,
            openOnly ? new OpenAllegationCasesSpec(date) : null, cancellationToken).ConfigureAwait(false);
        var open = cases.Count(allegation => allegation.IsOpen(date));
        return new LadoCasesViewModel
        {
            Heading = $"LADO cases referred in {chosen.Label}",
            Summary = string.Create(EnglishUnitedKingdom,
                $"{(openOnly ? "Open cases" : "Every case")} as at {DisplayDates.Format(date)}: {cases.Count} listed, {open} open. Each case shown is recorded in the register's access log."),
            Cases = [.. cases.Select(allegation => Row(allegation, date))],
            Empty = openOnly ? $"No case referred in {chosen.Label} is open." : $"No case was referred in {chosen.Label}.",
            HeadingLevel = headingLevel,
        };
    }

    /// <summary>Builds the allegation timeliness gauge from the register's cases, against the board's local targets (<see cref="SafeguardingWidgetsOptions.LadoTimelinessTargets"/>).</summary>
    /// <param name="context">The request, for the viewer.</param>
    /// <param name="year">The financial year; <c>null</c> for the year containing the date.</param>
    /// <param name="asAt">The date; <c>null</c> for today.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model: three gauges, the bands an annual report prints, and whose targets they are.</returns>
    /// <exception cref="UnauthorizedAccessException">The viewer may not read the LADO's figures.</exception>
    public async Task<LadoTimelinessViewModel> GetAllegationTimelinessAsync(HttpContext context, FinancialYear? year, LocalDate? asAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var date = asAt ?? Today;
        var chosen = year ?? FinancialYear.Containing(date);
        var figures = await Allegations(context).AnnualSummaryAsync(users.Resolve(context.User), chosen, date, _options.LadoTimelinessTargets, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        string Share(int count) => string.Create(EnglishUnitedKingdom, $"{count} ({figures.PercentageOfTotal(count)}%)");
        var notes = new List<string>
        {
            $"Resolved within one month: {Share(figures.ResolvedWithinOneMonth)}; after one month and within three: {Share(figures.ResolvedWithinOneToThreeMonths)}; longer than three months, or still open after three: {Share(figures.LongerThanThreeMonths)}"
                + (figures.OpenUnderThreeMonths > 0 ? string.Create(EnglishUnitedKingdom, $"; open for less than three months: {figures.OpenUnderThreeMonths}.") : "."),
        };
        notes.AddRange(figures.Timeliness.Where(measure => measure.NotYetDue > 0).Select(measure =>
            string.Create(EnglishUnitedKingdom, $"{measure.Measure}: {measure.NotYetDue} open case{(measure.NotYetDue == 1 ? " is" : "s are")} still inside the timescale, so not counted yet.")));
        if (figures.Exceptional > 0)
        {
            notes.Add(string.Create(EnglishUnitedKingdom, $"{figures.Exceptional} case{(figures.Exceptional == 1 ? " is" : "s are")} recorded as exceptional."));
        }
        return new LadoTimelinessViewModel
        {
            Heading = $"LADO: allegations resolved, {chosen.Label}",
            Summary = string.Create(EnglishUnitedKingdom,
                $"{figures.Total} allegations referred, {figures.MonthlyReferralRate:0.##} a month; {figures.StillOpen} open as at {DisplayDates.Format(date)}."),
            Gauges = [.. figures.Timeliness.Select(Gauge)],
            Notes = notes,
            Source = $"the LADO's register, cases referred in {chosen.Label}, as at {DisplayDates.Format(date)}",
            TargetsSetBy = figures.Target?.Owner ?? $"none set for {chosen.Label}, so the shares are not rated",
        };
    }

    /// <summary>Builds the private fostering officer's visits due, logging each child named.</summary>
    /// <param name="context">The request, for the viewer.</param>
    /// <param name="withinWorkingDays">How many working days ahead to look, 0 to 60.</param>
    /// <param name="asAt">The date; <c>null</c> for today.</param>
    /// <param name="headingLevel">The heading level.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="UnauthorizedAccessException">The viewer is not the private fostering officer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinWorkingDays"/> is outside 0 to 60.</exception>
    public async Task<VisitsDueViewModel> GetVisitsDueAsync(HttpContext context, int withinWorkingDays, LocalDate? asAt, int headingLevel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var date = asAt ?? Today;
        var due = await PrivateFostering(context).VisitsDueAsync(users.Resolve(context.User), date, withinWorkingDays, cancellationToken).ConfigureAwait(false);
        return new VisitsDueViewModel
        {
            Heading = "Private fostering visits due",
            Summary = string.Create(EnglishUnitedKingdom,
                $"As at {DisplayDates.Format(date)}: visits overdue, and visits due within {withinWorkingDays} working day{(withinWorkingDays == 1 ? string.Empty : "s")} (by {DisplayDates.Format(due.DueUpTo)}). Each child listed is recorded in the register's access log."),
            Visits = [.. due.Visits.Select(VisitRow)],
            LateNotifications = [.. due.LateNotifications.Select(LateRow)],
            WithinWorkingDays = withinWorkingDays,
            HeadingLevel = headingLevel,
        };
    }

    private AllegationRegister Allegations(HttpContext context) =>
        Resolve<AllegationRegister, IAllegationCaseRepository>(context, "the LADO's allegations register");

    private PrivateFosteringRegister PrivateFostering(HttpContext context) =>
        Resolve<PrivateFosteringRegister, IPrivateFosteringRepository>(context, "the private fostering register");

    private T Resolve<T, TStore>(HttpContext context, string what)
        where T : notnull
    {
        var provider = context.RequestServices ?? services;
        if (provider.GetService<TStore>() is null || provider.GetService<Safeguarding.Domain.Access.ICaseAccessLog>() is null)
        {
            throw new InvalidOperationException(
                $"Expected a store for {what} and a case access log: register them with AddSafeguardingEntityFrameworkCore (or {typeof(TStore).Name} and ICaseAccessLog of your own).");
        }
        return provider.GetRequiredService<T>();
    }

    private static LadoCaseRowViewModel Row(AllegationCase allegation, LocalDate asAt)
    {
        var open = allegation.IsOpen(asAt);
        var status = open
            ? string.Create(EnglishUnitedKingdom, $"Open, {Period.DaysBetween(allegation.ReferredOn, asAt)} days since referral")
            : string.Create(EnglishUnitedKingdom, $"Closed {DisplayDates.Format(allegation.ClosedOn!.Value)}, after {Period.DaysBetween(allegation.ReferredOn, allegation.ClosedOn!.Value)} days: {BandWords(AllegationTimeliness.BandOf(allegation, asAt))}");
        return new LadoCaseRowViewModel(
            allegation.Reference.Value,
            DisplayDates.Format(allegation.ReferredOn),
            allegation.ReferringAgency is { } agency ? $"{agency} ({allegation.ReferringSector.InWords()})" : allegation.ReferringSector.InWords(),
            allegation.EmployerSector.InWords(),
            allegation.HarmTestLimbs.Count == 0 ? "Not recorded" : string.Join(", ", allegation.HarmTestLimbs.Select(limb => ((int)limb).ToString(CultureInfo.InvariantCulture))),
            status,
            open,
            allegation.Outcome?.ToString() ?? "None yet",
            allegation.IsExceptional ? allegation.ExceptionalDelayReason : null,
            allegation.ReviewBy is { } review ? DisplayDates.Format(review) : "Not set");
    }

    private static string BandWords(ResolutionBand band) => band switch
    {
        ResolutionBand.WithinOneMonth => "within one month",
        ResolutionBand.WithinThreeMonths => "within three months",
        ResolutionBand.WithinTwelveMonths => "within twelve months",
        _ => "after more than twelve months",
    };

    private static TimelinessGaugeViewModel Gauge(TimelinessMeasure measure)
    {
        var actual = Math.Round(measure.Share * 100m, 1, MidpointRounding.AwayFromZero);
        var expected = measure.ExpectedShare is { } share ? Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero) : (decimal?)null;
        var counts = string.Create(EnglishUnitedKingdom, $"{measure.Count} of {measure.Total} ({measure.Percentage}%)");
        return measure.Rating switch
        {
            TimelinessRating.NoTarget => new(measure.Measure, actual, null, $"{counts}; no target set",
                new RagBadgeViewModel(RagRating.NotRated, "No target", RagBadgeViewModel.Symbols[RagRating.NotRated], RagBadgeViewModel.CssModifierFor(RagRating.NotRated), null, "The board set no target for this year.")),
            var rating => new(measure.Measure, actual, expected,
                string.Create(EnglishUnitedKingdom, $"{counts} against a target of {expected:0.#}%: {(rating == TimelinessRating.Meets ? "meets" : "does not meet")}"),
                RagBadgeViewModel.For(rating == TimelinessRating.Meets ? RagRating.Green : RagRating.Red)),
        };
    }

    private static VisitDueRowViewModel VisitRow(VisitDue visit)
    {
        var days = visit.WorkingDays == 1 ? "1 working day" : string.Create(EnglishUnitedKingdom, $"{visit.WorkingDays} working days");
        var state = visit.IsOverdue
            ? new RagBadgeViewModel(RagRating.Red, $"Overdue by {days}", RagBadgeViewModel.Symbols[RagRating.Red], RagBadgeViewModel.CssModifierFor(RagRating.Red), null, "The visit's due date has passed.")
            : new RagBadgeViewModel(RagRating.Amber, visit.WorkingDays == 0 ? "Due today" : $"Due in {days}", RagBadgeViewModel.Symbols[RagRating.Amber], RagBadgeViewModel.CssModifierFor(RagRating.Amber), null, "The visit is due soon.");
        return new VisitDueRowViewModel(visit.Reference.Value, DisplayDates.Format(visit.DueBy), visit.IsFirstVisit ? "First visit" : "Visit", visit.Rule, state);
    }

    private static LateNotificationRowViewModel LateRow(LateNotification late)
    {
        var check = late.Check;
        var days = check.DaysLate == 1 ? "1 day" : string.Create(EnglishUnitedKingdom, $"{check.DaysLate} days");
        return new LateNotificationRowViewModel(
            late.Reference.Value,
            check.Kind switch
            {
                NotificationKind.ProposedArrangement => "Proposed arrangement",
                NotificationKind.ArrangementAlreadyRunning => "Arrangement already running",
                _ => "End of the arrangement",
            },
            DisplayDates.Format(check.DueBy),
            check.NotifiedOn is { } made ? $"{DisplayDates.Format(made)}, {days} late" : $"Not yet made: {days} overdue",
            check.Rule);
    }
}
