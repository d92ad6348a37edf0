using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>Progress the council's agency lead records on the Herefordshire plan in the sample's tests.</summary>
internal static class SampleProgress
{
    /// <summary>The Herefordshire plan the sample's tests read.</summary>
    internal const string PlanKey = "hscb-business-plan-2014-15";

    /// <summary>Records an action as completed on 20 November 2014, rated green, against its current version.</summary>
    /// <param name="repository">The sample's store.</param>
    /// <param name="actionRef">The action, such as "4.3.1".</param>
    /// <returns>The store's answer.</returns>
    internal static async Task<ProgressRecordingResult> RecordCompletedAsync(IBusinessPlanRepository repository, string actionRef)
    {
        var plan = (await repository.GetAsync(PlanKey))!;
        return await repository.RecordProgressAsync(PlanKey, new ProgressSubmission
        {
            ActionRef = actionRef,
            ExpectedVersion = plan.FindAction(actionRef)!.Version,
            AsAt = new LocalDate(2014, 11, 20),
            Statement = "Review completed.",
            Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = "G" },
            MarkedComplete = true,
            CompletedOn = new LocalDate(2014, 11, 20),
            RecordedBy = new UpdateAuthor("council-lead", "Council lead", "Herefordshire Council", Safeguarding.Domain.Access.BoardRole.AgencyLead),
            RecordedAt = SampleIntranetFactory.Now,
            Today = new LocalDate(2014, 11, 30),
        });
    }
}
