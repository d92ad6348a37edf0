using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.SampleIntranet.Demo;

/// <summary>
/// Adds clearly fictional demonstration cases to the LADO's allegations register and the private
/// fostering register when each is empty: references DEMO-LADO-… and DEMO-PF-…, agencies named
/// "Demonstration …", dates counted back from today by the app's clock (tests use a fake one), so the
/// case list, the timeliness gauge and the visits due show something to try. No real person is in them.
/// </summary>
/// <param name="allegations">Where the allegations register is kept.</param>
/// <param name="privateFostering">Where the private fostering register is kept.</param>
/// <param name="widgets">Gives today by the app's clock and time zone.</param>
/// <param name="logger">Logs how many cases were added.</param>
public sealed partial class DemoCaseRegisters(IAllegationCaseRepository allegations, IPrivateFosteringRepository privateFostering, WidgetViewModelService widgets,
    ILogger<DemoCaseRegisters> logger)
{
    /// <summary>
    /// Gets the demonstration partnership's LADO timeliness targets (fictional), from 1 April 2016,
    /// after seed 003's: 60% within one month, 85% within three, all but the most exceptional within twelve.
    /// </summary>
    public static LadoTimelinessTarget Target { get; } = new(
        "Demonstration Safeguarding Partnership", "a fictional local target for the sample intranet", new LocalDate(2016, 4, 1), null,
        new SourceCitation("samples/Safeguarding.SampleIntranet (demonstration only)"))
    {
        WithinOneMonth = 0.6m,
        WithinThreeMonths = 0.85m,
        AllButExceptionalWithinTwelveMonths = true,
    };

    /// <summary>Adds the demonstration cases to each register that holds none.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when they are added.</returns>
    /// <exception cref="InvalidOperationException">A demonstration case breaks the registers' own rules (a mistake in this class).</exception>
    public async Task AddIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var allegationsEmpty = await allegations.IsEmptyAsync(cancellationToken);
        var privateFosteringEmpty = await privateFostering.IsEmptyAsync(cancellationToken);
        if (!allegationsEmpty && !privateFosteringEmpty)
        {
            // Today is not asked for: on a start with both registers kept, reading the time zone
            // database would be the only use of it before the sign-in page.
            return;
        }
        var today = widgets.Today();
        if (allegationsEmpty)
        {
            var cases = AllegationCases(today);
            Check(cases.SelectMany(allegation => AllegationCaseRules.Check(allegation, today)));
            await allegations.AddAsync(cases, cancellationToken);
            LogAdded(cases.Count, "allegations");
        }
        if (privateFosteringEmpty)
        {
            var records = PrivateFosteringRecords(today);
            Check(records.SelectMany(record => PrivateFosteringRecordRules.Check(record, today)));
            foreach (var record in records)
            {
                await privateFostering.AddAsync(record, cancellationToken);
            }
            LogAdded(records.Count, "private fostering");
        }
    }

    private static List<AllegationCase> AllegationCases(LocalDate today)
    {
        AllegationCase Case(int number, int referredDaysAgo, int? closedDaysAgo, AgencySector referrer, string agency, AgencySector worksIn, HarmTestLimb[] limbs,
            AllegationOutcome? outcome = null, string? exceptional = null)
        {
            var referred = today.PlusDays(-referredDaysAgo);
            return new AllegationCase(new CaseReference($"DEMO-LADO-{number:000}"), referred)
            {
                AllegationMadeOn = referred.PlusDays(-1),
                EmployerToldOn = referred.PlusDays(-1),
                EvaluationOrStrategyMeetingOn = referredDaysAgo >= 5 ? referred.PlusDays(3) : null,
                ClosedOn = closedDaysAgo is { } closed ? today.PlusDays(-closed) : null,
                ReferringSector = referrer,
                ReferringAgency = agency,
                EmployerSector = worksIn,
                // The suitability limb counts only for allegations from 1 September 2020.
                HarmTestLimbs = [.. limbs.Where(limb => HarmTest.IsInForce(limb, referred.PlusDays(-1)))],
                Outcome = outcome,
                IsExceptional = exceptional is not null,
                ExceptionalDelayReason = exceptional,
                ReviewBy = referred.PlusYears(10),
            };
        }

        return
        [
            Case(1, 200, 180, AgencySector.Education, "Demonstration Academy Trust", AgencySector.Education, [HarmTestLimb.HarmedOrMayHaveHarmed], AllegationOutcome.Unsubstantiated),
            Case(2, 170, 110, AgencySector.Health, "Demonstration Hospital Trust", AgencySector.Health, [HarmTestLimb.PossibleCriminalOffence, HarmTestLimb.MayPoseRiskOfHarm], AllegationOutcome.Substantiated),
            Case(3, 150, null, AgencySector.Police, "Demonstration Constabulary", AgencySector.Education, [HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.PossibleCriminalOffence],
                exceptional: "Awaiting the outcome of criminal proceedings"),
            Case(4, 120, 105, AgencySector.Voluntary, "Demonstration Youth Club", AgencySector.Voluntary, [HarmTestLimb.MayPoseRiskOfHarm], AllegationOutcome.Unfounded),
            Case(5, 90, 30, AgencySector.LocalAuthority, "Demonstration Council fostering service", AgencySector.LocalAuthority, [HarmTestLimb.HarmedOrMayHaveHarmed], AllegationOutcome.False),
            Case(6, 60, null, AgencySector.Education, "Demonstration Primary School", AgencySector.Education, [HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayNotBeSuitableToWorkWithChildren]),
            Case(7, 40, 20, AgencySector.Health, "Demonstration Hospital Trust", AgencySector.Health, [HarmTestLimb.MayPoseRiskOfHarm], AllegationOutcome.Malicious),
            Case(8, 20, null, AgencySector.LocalAuthority, "Demonstration Council children's services", AgencySector.Other, [HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayPoseRiskOfHarm]),
            Case(9, 5, null, AgencySector.Education, "Demonstration Academy Trust", AgencySector.Education, [HarmTestLimb.PossibleCriminalOffence]),
        ];
    }

    private static List<PrivateFosteringRecord> PrivateFosteringRecords(LocalDate today)
    {
        LocalDate DaysAgo(int days) => today.PlusDays(-days);
        PrivateFosteringVisit Visit(int daysAgo) => new(DaysAgo(daysAgo), ChildSeenAlone: true);
        PrivateFosteringArrangement Arrangement(int number, int startedDaysAgo, int notifiedDaysAgo, CarerRelationship carer, int age) =>
            new(new CaseReference($"DEMO-PF-{number:000}"), today.PlusYears(-age).PlusDays(-40), DaysAgo(startedDaysAgo))
            {
                CarerRelationship = carer,
                NotifiedOn = DaysAgo(notifiedDaysAgo),
                AuthorityAwareOn = DaysAgo(notifiedDaysAgo),
            };

        var proposed = new PrivateFosteringArrangement(new CaseReference("DEMO-PF-005"), today.PlusYears(-15), today.PlusDays(30))
        {
            CarerRelationship = CarerRelationship.HostFamily,
            ProposedOn = DaysAgo(20),
            NotifiedOn = DaysAgo(20),
            IntendedEnd = today.PlusDays(200),
        };
        return
        [
            // Running for ten days before anyone told the authority: a late notification, and the first visit due soon.
            new(Arrangement(1, 10, 3, CarerRelationship.FamilyFriend, 14)),
            // Visited once; the next visit, six weeks on, is overdue.
            new(Arrangement(2, 60, 60, CarerRelationship.GreatUncleOrGreatAunt, 9), [Visit(55)]),
            // Visited once; the next visit is due within two weeks.
            new(Arrangement(3, 40, 40, CarerRelationship.FamilyFriend, 11), [Visit(36)]),
            // Ended ten days ago, and the carer has not told the authority.
            new(Arrangement(4, 100, 100, CarerRelationship.Cousin, 12).WithEnd(DaysAgo(10)), [Visit(95), Visit(55), Visit(15)]),
            // A host family's proposed arrangement, visited after the notice and before it starts.
            new(proposed, [Visit(15)]),
        ];
    }

    private static void Check(IEnumerable<FieldError> errors)
    {
        var problems = errors.ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"A demonstration case breaks the register's rules: {string.Join("; ", problems)}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} demonstration cases to the {Register} register.")]
    private partial void LogAdded(int count, string register);
}
