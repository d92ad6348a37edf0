using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authorization;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

// In this namespace so that hosts find the method where they configure their other services.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Safeguarding widgets.</summary>
public static class SafeguardingWidgetsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the widgets' services with the default options. The host also registers an
    /// <see cref="Safeguarding.Domain.BusinessPlans.IBusinessPlanRepository"/> (for example with the
    /// Entity Framework Core package) and adds <c>@addTagHelper *, Safeguarding.Widgets</c> to its
    /// <c>_ViewImports.cshtml</c>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingWidgets(this IServiceCollection services) =>
        AddSafeguardingWidgets(services, _ => { });

    /// <summary>Adds the widgets' services, with options.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="setupAction">Sets the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingWidgets(this IServiceCollection services, Action<SafeguardingWidgetsOptions> setupAction)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(setupAction);
        services.Configure(setupAction);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddScoped<WidgetViewModelService>();
        services.TryAddScoped<Safeguarding.Widgets.Progress.ProgressWidgetService>();
        services.TryAddSingleton<ThresholdViewModelService>();
        services.TryAddSingleton<StatutoryCheckService>();
        services.TryAddSingleton<Safeguarding.Widgets.YearlyReports.YearlyReportService>();
        services.TryAddSingleton<IBoardUserResolver, ClaimsBoardUserResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, BoardAuthorizationHandler>());
        services.AddAuthorization(AddPolicies);
        return services;
    }

    /// <summary>Adds a named policy per board activity, and the per-action progress policy (<see cref="SafeguardingPolicies"/>).</summary>
    private static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var activity in Enum.GetValues<BoardActivity>())
        {
            options.AddPolicy(SafeguardingPolicies.For(activity), policy => policy.AddRequirements(new BoardActivityRequirement(activity)));
        }
        options.AddPolicy(SafeguardingPolicies.RecordProgressOnAction, policy => policy.AddRequirements(new RecordProgressOnActionRequirement()));
    }
}
