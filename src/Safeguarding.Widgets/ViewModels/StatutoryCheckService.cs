using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NodaTime.Text;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>
/// Builds the view models of the statutory checkers (private fostering, the LADO harm test) from
/// the form fields a practitioner sent, and of the LADO timeliness gauge. The checkers ask for no
/// name or date of birth: the age in years is enough, and nothing entered is stored or logged.
/// </summary>
/// <remarks>
/// A choice (who the carer is, where the child lives, how a relative is related, a harm test limb)
/// must be exactly one of the form's own values, sent once: a repeated value, values joined with a
/// comma, a number or any other text is refused with a field error rather than read as a
/// combination, which could give a wrong legal answer.
/// </remarks>
public sealed class StatutoryCheckService
{
    private readonly DataFileCache<Safeguarding.Domain.Reporting.AnnualReport> _annualReports = new();
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private readonly IClock _clock;
    private readonly SafeguardingWidgetsOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="clock">The clock "today" is taken from.</param>
    /// <param name="options">The widgets' options.</param>
    public StatutoryCheckService(IClock clock, IOptions<SafeguardingWidgetsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options.Value;
    }

    private LocalDate Today => _options.Today(_clock);

    /// <summary>Builds "is this private fostering?" from the form's fields.</summary>
    /// <param name="form">The fields sent (empty before the form is sent): age, disabled, carer, tie, parentalResponsibility, setting, personalCapacity, daysSoFar, intendedDays; each may hold several values, which a choice refuses.</param>
    /// <param name="formAction">The address the form sends to.</param>
    /// <returns>The view model, with the answer or with errors naming each field.</returns>
    public PrivateFosteringCheckViewModel CheckPrivateFostering(IReadOnlyDictionary<string, StringValues> form, string formAction)
    {
        ArgumentNullException.ThrowIfNull(form);
        StringValues Values(string name) => form.TryGetValue(name, out var values) ? values : StringValues.Empty;
        string Field(string name) => Values(name).Count == 1 ? Values(name)[0]?.Trim() ?? string.Empty : Values(name).Count == 0 ? string.Empty : string.Join(",", Values(name).ToArray());
        bool Yes(string name) => Values(name).Count > 0 && Values(name).All(value => string.Equals(value?.Trim(), "yes", StringComparison.OrdinalIgnoreCase));
        var sent = form.Count > 0;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        int? age = ReadWholeNumber(Field("age"), 0, 25, "age", "Enter the child's age in whole years, for example 15", errors, sent);
        int? daysSoFar = ReadWholeNumber(Field("daysSoFar"), 0, 36500, "daysSoFar", "Enter how many days the child has lived there so far, for example 10", errors, sent);
        int? intendedDays = Field("intendedDays").Length == 0 ? null
            : ReadWholeNumber(Field("intendedDays"), 1, 36500, "intendedDays", "Enter how many days it is meant to last in all, for example 60, or leave it empty if there is no planned end", errors, sent);
        var carer = ReadChoice<CarerRelationship>(Values("carer"), CarerChoices, "carer", "Choose who is caring for the child", errors, sent);
        var setting = ReadChoice<CareSetting>(Values("setting"), SettingChoices, "setting", "Choose where the child is living", errors, sent);
        KinshipTie? tie = Field("tie").Length == 0 ? null : ReadChoice<KinshipTie>(Values("tie"), TieChoices, "tie", "Choose how the carer is related", errors, sent);

        CheckAnswerViewModel? answer = null;
        if (sent && errors.Count == 0 && age is { } years && daysSoFar is { } days && carer is { } relationship && setting is { } where)
        {
            var today = Today;
            var start = today.PlusDays(-days);
            var dateOfBirth = LocalDate.Min(today.PlusYears(-years), start);
            var arrangement = new PrivateFosteringArrangement(new CaseReference("CHECK-0"), dateOfBirth, start)
            {
                IsDisabled = Yes("disabled"),
                CarerRelationship = relationship,
                CarerTie = tie,
                CarerHasParentalResponsibility = Yes("parentalResponsibility"),
                Setting = where,
                CaredForInPersonalCapacity = Yes("personalCapacity"),
                IntendedEnd = intendedDays is { } planned ? start.PlusDays(planned) : null,
            };
            var assessment = PrivateFosteringRules.Assess(arrangement, today);
            answer = new CheckAnswerViewModel(
                assessment.IsPrivatelyFostered ? "This is private fostering." : "This is not private fostering.",
                [.. assessment.Reasons.Select(reason => reason.Text)],
                assessment.IsPrivatelyFostered
                    ? ["Tell the local authority (children's social care) now: the carer and the parent must notify it (Children (Private Arrangements for Fostering) Regulations 2005, reg 3 and reg 5); make sure they know.",
                       "Record that you have done so, in line with your agency's procedures."]
                    : ["If the facts change (the child stays longer, or the carer changes), check again."],
                assessment.IsPrivatelyFostered);
        }

        return new PrivateFosteringCheckViewModel
        {
            FormAction = formAction,
            Age = Field("age"),
            Disabled = Yes("disabled"),
            Carers = Choices(Field("carer"), CarerChoices),
            Ties = Choices(Field("tie"), TieChoices),
            CarerHasParentalResponsibility = Yes("parentalResponsibility"),
            Settings = Choices(Field("setting"), SettingChoices),
            PersonalCapacity = Yes("personalCapacity"),
            DaysSoFar = Field("daysSoFar"),
            IntendedDays = Field("intendedDays"),
            Errors = errors,
            Answer = answer,
        };
    }

    /// <summary>Builds "does this meet the LADO harm test?" from the form's fields.</summary>
    /// <param name="allegationDate">The allegation's date as entered (yyyy-MM-dd), or <c>null</c> before the form is sent.</param>
    /// <param name="limbs">The values of the limbs ticked: each "1" to "4", once.</param>
    /// <param name="formAction">The address the form sends to.</param>
    /// <returns>The view model, with the answer or with an error naming the field: a date that is not a date or is outside 26 March 2015 to 31 December 9997, or a limb that is not one.</returns>
    public HarmTestCheckViewModel CheckHarmTest(string? allegationDate, IReadOnlyCollection<string> limbs, string formAction)
    {
        ArgumentNullException.ThrowIfNull(limbs);
        var today = Today;
        var ticked = new HashSet<HarmTestLimb>();
        string? limbError = null;
        foreach (var value in limbs)
        {
            var limb = Enum.GetValues<HarmTestLimb>().Cast<HarmTestLimb?>()
                .FirstOrDefault(candidate => string.Equals(((int)candidate!.Value).ToString(CultureInfo.InvariantCulture), value, StringComparison.Ordinal));
            if (limb is null || !ticked.Add(limb.Value))
            {
                limbError = "Tick each limb that applies once; the limbs are numbered 1 to 4";
            }
        }
        string? dateError = null;
        CheckAnswerViewModel? answer = null;
        if (allegationDate is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(allegationDate.Trim());
            if (!parsed.Success)
            {
                dateError = "Enter the date of the allegation as a real date, for example 1 9 2020";
            }
            else if (parsed.Value < HarmTest.ThreeLimbsInForceFrom || parsed.Value > LatestAllegationDate)
            {
                dateError = $"Enter a date from {DisplayDates.Format(HarmTest.ThreeLimbsInForceFrom)} (Working Together 2015, the earliest guidance this check follows) to {DisplayDates.Format(LatestAllegationDate)} (the last its working-day calendar can count a referral deadline from)";
            }
            else if (limbError is null)
            {
                var result = HarmTest.Assess(parsed.Value, ticked);
                answer = new CheckAnswerViewModel(
                    result.Finding switch
                    {
                        HarmTestFinding.MeetsHarmTest => "This meets the harm test.",
                        HarmTestFinding.LowLevelConcern => "This does not meet the harm test: it is a low-level concern.",
                        _ => "This does not meet the harm test.",
                    },
                    [.. result.LimbsMet.Select(limb => $"Limb {(int)limb}: {LimbText(limb)}."),
                     .. result.LimbsNotInForce.Select(limb => $"Limb {(int)limb} applies only to allegations from {DisplayDates.Format(HarmTest.SuitabilityLimbInForceFrom)}, and this allegation is dated {DisplayDates.Format(parsed.Value)}."),
                     .. result.MeetsTest ? Array.Empty<string>() : ["No limb of the harm test is met, so there is no referral to the LADO and no referral date."],
                     $"Answered by the guidance in force on {DisplayDates.Format(parsed.Value)}: {result.RuleSet.Name}."],
                    // The advice already gives the referral deadline; a concern below the threshold also needs whom to tell and how to record it.
                    result.MeetsTest ? [result.Advice] : [result.Advice, .. result.NextSteps],
                    result.MeetsTest);
            }
        }
        return new HarmTestCheckViewModel
        {
            FormAction = formAction,
            AllegationDate = allegationDate ?? today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            EarliestDate = HarmTest.ThreeLimbsInForceFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            LatestDate = LatestAllegationDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            Limbs = [.. Enum.GetValues<HarmTestLimb>().Select(limb => new FormChoice(((int)limb).ToString(CultureInfo.InvariantCulture), $"{(int)limb}. {LimbText(limb)}", ticked.Contains(limb)))],
            DateError = dateError,
            LimbError = limbError,
            Answer = answer,
        };
    }

    /// <summary>Builds the LADO timeliness gauge from the annual report in <see cref="SafeguardingWidgetsOptions.AnnualReportFile"/>.</summary>
    /// <returns>The view model.</returns>
    /// <exception cref="InvalidOperationException">No annual report file is configured.</exception>
    public LadoTimelinessViewModel GetLadoTimeliness()
    {
        var file = _options.AnnualReportFile
            ?? throw new InvalidOperationException("Expected SafeguardingWidgetsOptions.AnnualReportFile to name an annual report file, but it is not set.");
        var report = _annualReports.Get(file, AnnualReportReader.ReadFile);
        var figures = report.Allegations;
        var timeliness = figures.Timeliness;
        var targetsSetBy = timeliness.TargetSetBy ?? "the report's own targets (it does not say whose)";
        TimelinessGaugeViewModel Gauge(string label, decimal actual, decimal expected) =>
            new(label, actual, expected,
                $"{Percent(actual)} against a target of {Percent(expected)}: {(actual >= expected ? "meets" : "does not meet")}",
                RagBadgeViewModel.For(actual >= expected ? RagRating.Green : RagRating.Red));
        var notes = new List<string>();
        if (timeliness.PublishedAsPercentagesOnly)
        {
            notes.Add("The report gives these as percentages only, not counts.");
        }
        notes.AddRange(report.Inconsistencies.Where(inconsistency => inconsistency.Section == "allegations").Select(inconsistency => inconsistency.Description));
        return new LadoTimelinessViewModel
        {
            Heading = $"LADO: allegations resolved, {report.Year.Label}",
            Summary = string.Create(EnglishUnitedKingdom, $"{figures.Allegations} allegations, {figures.MonthlyAverage:0.##} a month{(figures.PreviousYearAllegations is { } previous ? $", against {previous} the year before" : string.Empty)}."),
            Gauges =
            [
                Gauge("Resolved within one month", timeliness.ResolvedWithinOneMonthPercent, timeliness.ExpectedWithinOneMonthPercent),
                Gauge("Resolved within three months", timeliness.ResolvedWithinThreeMonthsPercent, timeliness.ExpectedWithinThreeMonthsPercent),
            ],
            Notes = notes,
            Source = figures.Source.ToString(),
            TargetsSetBy = targetsSetBy,
        };
    }

    // The bank holidays are computed up to 9998, and a referral deadline can fall a few days after the allegation.
    private static readonly LocalDate LatestAllegationDate = new(Safeguarding.Domain.Calendars.EnglandAndWalesBankHolidays.LastYear - 1, 12, 31);

    private static string Percent(decimal value) => string.Create(EnglishUnitedKingdom, $"{value:0.#}%");

    private static string LimbText(HarmTestLimb limb) => limb switch
    {
        HarmTestLimb.HarmedOrMayHaveHarmed => "behaved in a way that has harmed a child, or may have harmed a child",
        HarmTestLimb.PossibleCriminalOffence => "possibly committed a criminal offence against or related to a child",
        HarmTestLimb.MayPoseRiskOfHarm => "behaved towards a child or children in a way that indicates they may pose a risk of harm to children",
        HarmTestLimb.MayNotBeSuitableToWorkWithChildren => "behaved or may have behaved in a way that indicates they may not be suitable to work with children",
        _ => throw new ArgumentOutOfRangeException(nameof(limb), limb, "Expected a limb of the harm test, 1 to 4."),
    };

    private static readonly (string Value, string Text)[] CarerChoices =
    [
        (nameof(CarerRelationship.Parent), "A parent"),
        (nameof(CarerRelationship.Grandparent), "A grandparent"),
        (nameof(CarerRelationship.BrotherOrSister), "A brother or sister"),
        (nameof(CarerRelationship.UncleOrAunt), "An uncle or aunt"),
        (nameof(CarerRelationship.StepParent), "A step-parent"),
        (nameof(CarerRelationship.GreatUncleOrGreatAunt), "A great-uncle or great-aunt"),
        (nameof(CarerRelationship.GreatGrandparent), "A great-grandparent"),
        (nameof(CarerRelationship.Cousin), "A cousin"),
        (nameof(CarerRelationship.UnmarriedPartnerOfParent), "A parent's partner they are not married to"),
        (nameof(CarerRelationship.UnmarriedPartnerOfRelative), "A relative's partner they are not married to (such as a grandparent's or an aunt's partner)"),
        (nameof(CarerRelationship.StepBrotherOrStepSister), "A step-brother or step-sister"),
        (nameof(CarerRelationship.FormerStepParent), "A former step-parent (the marriage or civil partnership to the parent has ended)"),
        (nameof(CarerRelationship.SpecialGuardian), "A special guardian"),
        (nameof(CarerRelationship.ChildArrangementsOrderHolder), "Someone a child arrangements order says the child is to live with"),
        (nameof(CarerRelationship.LocalAuthorityFosterCarerCaringPrivately), "A local authority foster carer, caring for the child privately"),
        (nameof(CarerRelationship.FamilyFriend), "A family friend"),
        (nameof(CarerRelationship.HostFamily), "A host family"),
        (nameof(CarerRelationship.Other), "Someone else"),
    ];

    private static readonly (string Value, string Text)[] TieChoices =
    [
        (nameof(KinshipTie.FullBlood), "Full blood"),
        (nameof(KinshipTie.HalfBlood), "Half blood"),
        (nameof(KinshipTie.Marriage), "By marriage"),
        (nameof(KinshipTie.CivilPartnership), "By civil partnership"),
    ];

    private static readonly (string Value, string Text)[] SettingChoices =
    [
        (nameof(CareSetting.CarersHome), "In the carer's home"),
        (nameof(CareSetting.WhereParentOrCaringRelativeLives), "Where a parent, a person with parental responsibility or a caring relative also lives"),
        (nameof(CareSetting.LookedAfterByLocalAuthority), "Looked after by the local authority"),
        (nameof(CareSetting.School), "At school (boarding)"),
        (nameof(CareSetting.Hospital), "In hospital"),
        (nameof(CareSetting.CareHomeOrIndependentHospital), "In a care home or independent hospital"),
        (nameof(CareSetting.VoluntaryOrganisationAccommodation), "In accommodation provided by a voluntary organisation"),
    ];

    private static List<FormChoice> Choices(string selected, (string Value, string Text)[] choices) =>
        [.. choices.Select(choice => new FormChoice(choice.Value, choice.Text, string.Equals(choice.Value, selected, StringComparison.Ordinal)))];

    private static int? ReadWholeNumber(string text, int minimum, int maximum, string field, string message, Dictionary<string, string> errors, bool sent)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }
        if (sent)
        {
            errors[field] = message;
        }
        return null;
    }

    // Exactly one of the form's own values, sent once: Enum.TryParse would read "Parent,Grandparent" or
    // a repeated field joined with commas as a flags combination, and so another carer altogether.
    private static T? ReadChoice<T>(StringValues values, (string Value, string Text)[] choices, string field, string message, Dictionary<string, string> errors, bool sent)
        where T : struct, Enum
    {
        if (values.Count > 1)
        {
            if (sent)
            {
                errors[field] = $"{message}: choose one only";
            }
            return null;
        }
        var text = values.Count == 1 ? values[0]?.Trim() ?? string.Empty : string.Empty;
        var known = choices.Any(choice => string.Equals(choice.Value, text, StringComparison.Ordinal));
        if (known && Enum.TryParse<T>(text, ignoreCase: false, out var value))
        {
            return value;
        }
        if (sent)
        {
            errors[field] = message;
        }
        return null;
    }
}
