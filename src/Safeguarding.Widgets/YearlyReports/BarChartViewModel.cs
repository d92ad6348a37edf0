namespace Safeguarding.Widgets.YearlyReports;

/// <summary>
/// A bar chart drawn as SVG with no script (<c>_SgBarChart</c>): its title and a description in words
/// name it for screen readers, and each bar carries its value and label as text, so nothing is told
/// by colour or height alone. The widget shows the table behind it beside it.
/// </summary>
/// <param name="Id">The chart's id on the page, for its title and description.</param>
/// <param name="Title">What the chart shows, such as "Members attending each board meeting".</param>
/// <param name="Description">The chart in words.</param>
/// <param name="Bars">The bars, left to right.</param>
public sealed record BarChartViewModel(string Id, string Title, string Description, IReadOnlyList<BarViewModel> Bars)
{
    /// <summary>The height, in the chart's units, of a bar at the chart's maximum.</summary>
    public const decimal FullHeight = 50;

    /// <summary>Gets each bar's width, in the chart's units (the chart is 100 wide).</summary>
    public decimal BarWidth => Bars.Count == 0 ? 0 : (100m / Bars.Count) - 4;

    /// <summary>Makes a chart whose tallest possible bar is <paramref name="maximum"/>.</summary>
    /// <param name="id">The chart's id.</param>
    /// <param name="title">What it shows.</param>
    /// <param name="description">It in words.</param>
    /// <param name="maximum">The value a full-height bar stands for, such as the number of members; at least the largest value.</param>
    /// <param name="bars">Each bar's label and value.</param>
    /// <returns>The chart.</returns>
    public static BarChartViewModel Of(string id, string title, string description, int maximum, IReadOnlyList<(string Label, int Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var slot = 100m / Math.Max(1, bars.Count);
        var top = Math.Max(1, Math.Max(maximum, bars.Count == 0 ? 0 : bars.Max(bar => bar.Value)));
        return new BarChartViewModel(id, title, description,
            [.. bars.Select((bar, index) => new BarViewModel(bar.Label, bar.Value, Math.Round(index * slot, 2), Math.Round(bar.Value * FullHeight / top, 2), Math.Round((index * slot) + (slot / 2), 2)))]);
    }
}

/// <summary>One bar of a <see cref="BarChartViewModel"/>.</summary>
/// <param name="Label">Its label under the axis, such as "22 Apr 2015".</param>
/// <param name="Value">Its value, printed on the bar.</param>
/// <param name="X">Its slot's left edge, in the chart's units.</param>
/// <param name="Height">Its height, in the chart's units.</param>
/// <param name="Centre">The middle of its slot, where its texts are anchored.</param>
public sealed record BarViewModel(string Label, int Value, decimal X, decimal Height, decimal Centre)
{
    /// <summary>Gets the bar's top, in the chart's units.</summary>
    public decimal Y => BarChartViewModel.FullHeight - Height;
}
