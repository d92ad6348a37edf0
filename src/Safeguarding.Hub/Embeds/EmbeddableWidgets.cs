using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Primitives;
using Safeguarding.Domain;
using Safeguarding.Widgets.TagHelpers;

namespace Safeguarding.Hub.Embeds;

/// <summary>
/// Every widget of Safeguarding.Widgets, found from its tag helpers, so that a new widget is
/// embeddable the day it is added: <c>/embed/{tag without "sg-"}</c>, its attributes as query parameters.
/// </summary>
internal static class EmbeddableWidgets
{
    private static readonly Lazy<IReadOnlyDictionary<string, EmbeddableWidget>> Widgets = new(() => Discover(typeof(WidgetTagHelper).Assembly));

    /// <summary>
    /// The case registers' widgets (the LADO's case list, allegation timeliness from the register,
    /// private fostering visits due). A host keeps one register per database, not one per board, so
    /// the hub's isolation of boards cannot bound them: they are never embedded, only shown on the
    /// host's own pages, until the registers belong to a board.
    /// </summary>
    internal static IReadOnlySet<string> CaseRegisterWidgets { get; } =
        new HashSet<string>(["lado-cases", "allegation-timeliness", "private-fostering-visits-due"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the widgets by name.</summary>
    internal static IReadOnlyDictionary<string, EmbeddableWidget> All => Widgets.Value;

    /// <summary>Sets a tag helper's attributes from a query, each mistake an error naming the parameter.</summary>
    internal static void Bind(EmbeddableWidget widget, object tagHelper, IEnumerable<KeyValuePair<string, StringValues>> query, List<FieldError> errors)
    {
        foreach (var (name, values) in query)
        {
            if (!widget.Parameters.TryGetValue(name, out var property))
            {
                // Other parameters belong to the widget's own form (the practice guides read them), or to the embed ("board").
                continue;
            }
            var text = values.ToString();
            if (TryConvert(property.PropertyType, text, out var value, out var expected))
            {
                property.SetValue(tagHelper, value);
            }
            else
            {
                errors.Add(new FieldError(name, $"Expected {expected}, but found \"{Api.ApiQuery.Shorten(text)}\""));
            }
        }
    }

    private static Dictionary<string, EmbeddableWidget> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsPublic: true } && type.IsSubclassOf(typeof(WidgetTagHelper)))
            .Select(type => (Type: type, Tag: type.GetCustomAttribute<HtmlTargetElementAttribute>()?.Tag))
            .Where(found => found.Tag is { Length: > 3 } tag && tag.StartsWith("sg-", StringComparison.Ordinal))
            .Select(found => new EmbeddableWidget(
                found.Tag![3..],
                found.Tag!,
                found.Type,
                found.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(property => property.CanWrite && property.GetCustomAttribute<HtmlAttributeNotBoundAttribute>() is null
                        && property.GetCustomAttribute<ViewContextAttribute>() is null && IsBindable(property.PropertyType))
                    .ToDictionary(property => property.GetCustomAttribute<HtmlAttributeNameAttribute>()?.Name ?? Kebab(property.Name), StringComparer.OrdinalIgnoreCase)))
            .Where(widget => !CaseRegisterWidgets.Contains(widget.Name))
            .ToDictionary(widget => widget.Name, StringComparer.OrdinalIgnoreCase);

    private static bool IsBindable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || underlying == typeof(int) || underlying == typeof(bool) || underlying.IsEnum;
    }

    private static bool TryConvert(Type type, string text, out object? value, out string expected)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        expected = "a value";
        if (underlying == typeof(string))
        {
            value = text.Length > 200 ? null : text;
            expected = "at most 200 characters";
            return value is not null;
        }
        if (underlying == typeof(int))
        {
            expected = "a whole number";
            var ok = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok;
        }
        if (underlying == typeof(bool))
        {
            expected = "true or false";
            var ok = bool.TryParse(text, out var flag);
            value = flag;
            return ok;
        }
        expected = $"one of {string.Join(", ", Enum.GetNames(underlying).Select(name => $"\"{name}\""))}";
        if (text.All(char.IsAsciiLetter) && Enum.TryParse(underlying, text, ignoreCase: true, out var parsed) && Enum.IsDefined(underlying, parsed!))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    // AsAt → as-at, ExceptionsOnly → exceptions-only: the attribute names Razor gives the properties.
    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        foreach (var character in name)
        {
            if (char.IsUpper(character) && builder.Length > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(character));
        }
        return builder.ToString();
    }
}
