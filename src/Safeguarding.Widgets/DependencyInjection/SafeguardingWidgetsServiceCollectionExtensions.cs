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
        services.TryAddSingleton<Safeguarding.Widgets.Caching.RenderedWidgetCache>();
        services.TryAddScoped<Safeguarding.Widgets.Progress.ProgressWidgetService>();
        services.TryAddSingleton<ThresholdViewModelService>();
        services.TryAddSingleton<StatutoryCheckService>();
        services.TryAddSingleton<Safeguarding.Widgets.YearlyReports.YearlyReportService>();
        services.TryAddSingleton<IBoardUserResolver, ClaimsBoardUserResolver>();
        // The case registers: their stores come from the host (AddSafeguardingEntityFrameworkCore),
        // and are asked for only when a register widget is shown to someone allowed to see it.
        services.TryAddScoped<CaseRegisterWidgetService>();
        services.TryAddScoped(provider => new Safeguarding.Domain.Allegations.AllegationRegister(
            provider.GetRequiredService<Safeguarding.Domain.Allegations.IAllegationCaseRepository>(), provider.GetRequiredService<Safeguarding.Domain.Access.ICaseAccessLog>(),
            provider.GetRequiredService<IClock>())
        {
            TimeZone = DateTimeZoneProviders.Tzdb[provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SafeguardingWidgetsOptions>>().Value.TimeZoneId],
        });
        services.TryAddScoped(provider =>
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SafeguardingWidgetsOptions>>().Value;
            return new Safeguarding.Domain.PrivateFostering.PrivateFosteringRegister(
                provider.GetRequiredService<Safeguarding.Domain.PrivateFostering.IPrivateFosteringRepository>(), provider.GetRequiredService<Safeguarding.Domain.Access.ICaseAccessLog>(),
                provider.GetRequiredService<IClock>())
            {
                TimeZone = DateTimeZoneProviders.Tzdb[options.TimeZoneId],
                GracePeriod = options.PrivateFosteringGracePeriod,
            };
        });
        // Notes what antiforgery did on each page, so that a kept page policy can keep pages whose
        // forms carry tokens for the browser's own cookie; antiforgery itself is unchanged.
        Safeguarding.Widgets.Caching.KeptPageAntiforgeryRegistration.Wrap(services);
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
