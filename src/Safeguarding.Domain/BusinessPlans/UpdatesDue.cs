namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Which progress returns are due: for an agency, its open actions whose return falls due in the
/// current reporting cycle and those overdue; for the business unit, every agency's, with the
/// returns overdue long enough to escalate.
/// </summary>
/// <remarks>
/// A return is due a reporting cycle (the plan's <see cref="BusinessPlan.ReportingCycleDays"/>) after
/// the as-at date of the latest update that stands, or after the plan starts when there is none: the
/// same rule that makes an action stale in <see cref="Rag.RagRules"/>. Actions complete by the as-at
/// date, and actions due to start later, need no return. Source: DESIGN.md "Progress and permissions".
/// </remarks>
public static class UpdatesDue
{
    /// <summary>The default number of days overdue after which a return escalates to the business unit: 14.</summary>
    public const int DefaultEscalateAfterDays = 14;

    /// <summary>Lists the returns due as at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date.</param>
    /// <param name="agency">A lead agency's name or short name, or <c>null</c> for every agency.</param>
    /// <param name="escalateAfterDays">Days overdue after which a return escalates. The default is <see cref="DefaultEscalateAfterDays"/>.</param>
    /// <returns>The report; empty for an archived plan, which is no longer offered for updates.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="escalateAfterDays"/> is negative.</exception>
    public static UpdatesDueReport For(BusinessPlan plan, LocalDate asAt, string? agency = null, int escalateAfterDays = DefaultEscalateAfterDays)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckArgumentRange(escalateAfterDays, nameof(escalateAfterDays), 0, 3660);
        var cycleDays = Math.Max(1, plan.ReportingCycleDays);
        var start = plan.Period.Start;
        var index = asAt < start ? 0 : Period.DaysBetween(start, asAt) / cycleDays;
        var cycle = new DateInterval(start.PlusDays(index * cycleDays), start.PlusDays(((index + 1) * cycleDays) - 1));
        var leadAgency = agency is null ? null : plan.Board.FindAgency(agency);

        var returns = plan.Actions
            .Where(_ => !plan.IsArchived)
            .Where(action => agency is null
                || string.Equals(action.Lead.AgencyName, agency.Trim(), StringComparison.OrdinalIgnoreCase)
                || (leadAgency is not null && leadAgency.IsNamed(action.Lead.AgencyName)))
            .Where(action => !action.IsCompleteAsAt(asAt) && !(action.Timescale.StartDate is { } begins && begins > asAt))
            .Select(action =>
            {
                var last = action.LatestProgress(asAt)?.AsAt;
                var dueBy = (last ?? start).PlusDays(cycleDays);
                return new UpdateDue(action, action.Lead.AgencyName, dueBy, last, dueBy < asAt ? Period.DaysBetween(dueBy, asAt) : 0);
            })
            .ToList();

        return new UpdatesDueReport
        {
            AsAt = asAt,
            Cycle = cycle,
            Agency = leadAgency?.Name ?? agency?.Trim(),
            DueThisCycle = [.. returns.Where(due => !due.IsOverdue && due.DueBy <= cycle.End)
                .OrderBy(due => due.DueBy).ThenBy(due => due.Action.Ref, StringComparer.Ordinal)],
            Overdue = [.. returns.Where(due => due.IsOverdue)
                .OrderByDescending(due => due.DaysOverdue).ThenBy(due => due.Action.Ref, StringComparer.Ordinal)],
            EscalateAfterDays = escalateAfterDays,
        };
    }
}
