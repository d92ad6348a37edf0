using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>Writes a widget's heading at the level the host page asks for, so the widget fits the page's outline.</summary>
internal static class HeadingTag
{
    internal static IHtmlContent Open(int level, string cssClass, string? id = null) =>
        new HtmlString(string.Create(CultureInfo.InvariantCulture,
            $"<h{Check(level)} class=\"{HtmlEncoder.Default.Encode(cssClass)}\"{(id is null ? string.Empty : $" id=\"{HtmlEncoder.Default.Encode(id)}\"")}>"));

    internal static IHtmlContent Close(int level) => new HtmlString(string.Create(CultureInfo.InvariantCulture, $"</h{Check(level)}>"));

    private static int Check(int level) => Math.Clamp(level, 1, 6);
}
