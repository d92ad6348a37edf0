using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.SampleIntranet.Demo;

/// <summary>
/// Adds the demonstration plan (<see cref="DemoPlan"/>) to the plans' database when it is missing:
/// after the seed plans on first run, and once to a database seeded before the demonstration
/// existed. Its year is the financial year containing today by the app's clock (tests use a fake
/// one); once added it is kept, with whatever progress is recorded on it, like any other plan.
/// </summary>
/// <param name="plans">Where plans are kept.</param>
/// <param name="widgets">Gives today by the app's clock and time zone.</param>
/// <param name="logger">Logs the key added.</param>
public sealed partial class DemoPlanSeeder(IBusinessPlanRepository plans, WidgetViewModelService widgets, ILogger<DemoPlanSeeder> logger)
{
    /// <summary>Adds the demonstration plan unless a plan with its key is kept already.</summary>
    /// <param name="seedFolder">The folder of seed plan files, holding <see cref="DemoPlan.SourceFile"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the plan was added.</returns>
    public async Task<bool> AddIfMissingAsync(string seedFolder, CancellationToken cancellationToken = default)
    {
        // Whether it is there, not the plan itself: reading and mapping a whole plan cost every start-up a third of a second.
        if (await plans.ExistsAsync(DemoPlan.Key, cancellationToken))
        {
            return false;
        }
        var source = PlanFileImporter.ImportFile(Path.Combine(seedFolder, DemoPlan.SourceFile));
        var demo = DemoPlan.Build(source, widgets.Today());
        await plans.AddAsync(demo, cancellationToken);
        LogAdded(demo.Key, demo.Period.Start.Year);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the demonstration plan {PlanKey} for the financial year starting April {Year}.")]
    private partial void LogAdded(string planKey, int year);
}
