using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>The heading level a widget's tag helper asks for, carried to the widget's view in its view data.</summary>
internal static class WidgetHeadings
{
    internal const string LevelKey = "Safeguarding.Widgets.HeadingLevel";

    /// <summary>Gets the widget's heading level: the tag helper's <c>heading-level</c>, or 2.</summary>
    internal static int HeadingLevel(this ViewDataDictionary viewData) =>
        viewData[LevelKey] is int level and >= 1 and <= 6 ? level : 2;
}
