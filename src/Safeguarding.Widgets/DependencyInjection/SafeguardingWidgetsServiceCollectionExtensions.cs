using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Widgets;
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
        services.TryAddSingleton<ThresholdViewModelService>();
        services.TryAddSingleton<StatutoryCheckService>();
        return services;
    }
}
