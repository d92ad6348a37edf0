using System.Reflection;

namespace Safeguarding.Hub.Embeds;

/// <summary>A widget that can be embedded: its tag helper, and the query parameters that set its attributes.</summary>
/// <param name="Name">The name in the address, such as "rag-summary" for <c>/embed/rag-summary</c>: the tag without "sg-".</param>
/// <param name="TagName">The tag helper's element, such as "sg-rag-summary".</param>
/// <param name="TagHelper">The tag helper's type.</param>
/// <param name="Parameters">The attributes a query may set, by attribute name ("plan", "as-at", "agency").</param>
internal sealed record EmbeddableWidget(string Name, string TagName, Type TagHelper, IReadOnlyDictionary<string, PropertyInfo> Parameters)
{
    /// <summary>Gets a value indicating whether the widget shows a plan (it has a <c>plan</c> attribute), so the plan must be the board's.</summary>
    internal bool ShowsPlan => Parameters.ContainsKey("plan");

    /// <summary>Gets the widget's name in words, for the page's title, such as "RAG summary".</summary>
    internal string Title => Name switch
    {
        "rag-badge" => "RAG badge",
        "rag-summary" => "RAG summary",
        "lado-timeliness" => "LADO timeliness",
        "harm-test-check" => "LADO harm test",
        _ => char.ToUpperInvariant(Name[0]) + Name[1..].Replace('-', ' '),
    };
}
