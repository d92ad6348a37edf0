using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Caching;

/// <summary>Lets a plan widget without forms answer from <see cref="RenderedWidgetCache"/> when its plan has not changed.</summary>
internal static class KeptRendering
{
    private const char Separator = '\u001f';

    /// <summary>
    /// Returns the widget's HTML kept for its plan as it stands, or renders it with
    /// <paramref name="render"/> and keeps it. Call only after the viewer has been allowed to see it.
    /// </summary>
    /// <param name="component">The view component.</param>
    /// <param name="planKey">The plan the widget shows, or <c>null</c> for the default plan.</param>
    /// <param name="render">Builds the widget's view.</param>
    /// <param name="arguments">The widget's arguments, each part of what its HTML depends on.</param>
    internal static async Task<IViewComponentResult> KeptOrRenderedAsync(this ViewComponent component, string? planKey, Func<Task<IViewComponentResult>> render, params object?[] arguments)
    {
        var context = component.HttpContext;
        var services = context.RequestServices;
        if (!services.GetRequiredService<IOptions<SafeguardingWidgetsOptions>>().Value.KeepRenderedWidgets)
        {
            return await render().ConfigureAwait(false);
        }
        var widgets = services.GetRequiredService<WidgetViewModelService>();
        BusinessPlan plan;
        try
        {
            plan = await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            // No such plan: the widget says so itself.
            return await render().ConfigureAwait(false);
        }
        var state = PlanState.Of(plan);
        var cache = services.GetRequiredService<RenderedWidgetCache>();
        var key = Key(component, widgets.Today(), services.GetRequiredService<IBoardUserResolver>().Resolve(context.User), arguments);
        if (cache.TryGet(plan, state, key, out var html))
        {
            return new KeptResult(html);
        }
        var result = await render().ConfigureAwait(false);
        return new KeepingResult(result, rendered => cache.Set(plan, state, key, rendered));
    }

    private static string Key(ViewComponent component, LocalDate today, Safeguarding.Domain.Access.BoardUser? viewer, object?[] arguments)
    {
        var parts = new List<string?>(8 + arguments.Length)
        {
            component.ViewComponentContext.ViewComponentDescriptor.FullName,
            component.ViewData.HeadingLevel().ToString(CultureInfo.InvariantCulture),
            component.HttpContext.Request.PathBase.Value,
            today.ToString("R", CultureInfo.InvariantCulture),
            component.HttpContext.User.Identity?.IsAuthenticated == true ? "signed-in" : "anonymous",
            viewer is null ? "-" : string.Join(',', viewer.Roles),
            viewer is null ? "-" : string.Join(',', viewer.Agencies),
        };
        parts.AddRange(arguments.Select(argument => argument is null ? "\u2400" : Convert.ToString(argument, CultureInfo.InvariantCulture)));
        return string.Join(Separator, parts);
    }

    /// <summary>Writes HTML kept from an earlier rendering (as text, which the page's buffer writes out asynchronously).</summary>
    private sealed class KeptResult(string html) : IViewComponentResult
    {
        public void Execute(ViewComponentContext context) => context.Writer.Write(html);

        public Task ExecuteAsync(ViewComponentContext context) => context.Writer.WriteAsync(html);
    }

    /// <summary>Renders the widget's view as usual, and keeps the HTML it wrote.</summary>
    private sealed class KeepingResult(IViewComponentResult inner, Action<string> keep) : IViewComponentResult
    {
        public void Execute(ViewComponentContext context) => ExecuteAsync(context).GetAwaiter().GetResult();

        public async Task ExecuteAsync(ViewComponentContext context)
        {
            var page = context.ViewContext.Writer;
            using var buffer = new StringWriter(CultureInfo.InvariantCulture);
            context.ViewContext.Writer = buffer;
            try
            {
                await inner.ExecuteAsync(context).ConfigureAwait(false);
            }
            finally
            {
                context.ViewContext.Writer = page;
            }
            var html = buffer.ToString();
            await page.WriteAsync(html).ConfigureAwait(false);
            keep(html);
        }
    }
}
