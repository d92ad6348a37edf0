using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>The widget reference (src/Safeguarding.Widgets/docs/reference.md) covers every widget, and its Razor examples compile and render.</summary>
public partial class WidgetReferenceTests(ProductionRazorPageHost host) : IClassFixture<ProductionRazorPageHost>
{
    private static readonly string Folder = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "src", "Safeguarding.Widgets", "docs");
    private static readonly string Reference = File.ReadAllText(Path.Combine(Folder, "reference.md"));

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (Match example in RazorExample().Matches(Reference))
        {
            data.Add(example.Groups["razor"].Value);
        }
        return data;
    }

    public static TheoryData<string> TagNames()
    {
        var data = new TheoryData<string>();
        foreach (var tag in typeof(Safeguarding.Widgets.TagHelpers.WidgetTagHelper).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<HtmlTargetElementAttribute>())
            .Select(target => target.Tag)
            .Where(tag => tag.StartsWith("sg-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal))
        {
            data.Add(tag);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_razor_example_compiles_and_renders_its_widget(string razor)
    {
        var (status, html) = await host.RenderAsync(razor);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"sg-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-sg-widget=\"failed\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TagNames))]
    public void Each_widget_has_a_section_with_an_example_and_a_picture_that_exists(string tag)
    {
        var start = Reference.IndexOf($"## `<{tag}>`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Expected a section \"## `<{tag}>`\" in the widget reference.");
        var end = Reference.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = Reference[start..(end < 0 ? Reference.Length : end)];

        Assert.Contains($"<{tag} ", section, StringComparison.Ordinal);
        var image = Picture().Match(section);
        Assert.True(image.Success, $"Expected a screenshot in the section of <{tag}>.");
        Assert.True(File.Exists(Path.Combine(Folder, image.Groups["path"].Value)), $"Expected {image.Groups["path"].Value} beside the reference.");
    }

    [GeneratedRegex("```cshtml\\n(?<razor>.*?)```", RegexOptions.Singleline)]
    private static partial Regex RazorExample();

    [GeneratedRegex(@"!\[[^\]]*\]\((?<path>[^)]+)\)")]
    private static partial Regex Picture();
}
