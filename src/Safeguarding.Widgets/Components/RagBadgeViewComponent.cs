using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Rag;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>A RAG rating as a badge: words, shape and colour. View: <c>Views/Shared/Components/SafeguardingRagBadge/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class RagBadgeViewComponent : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingRagBadge";

    /// <summary>Renders the badge.</summary>
    /// <param name="rating">The rating.</param>
    /// <param name="recorded">The rating as recorded by hand, shown beside it when given.</param>
    /// <param name="explanation">Why the rating is what it is, or <c>null</c>.</param>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke(RagRating rating, string? recorded = null, string? explanation = null) =>
        View(RagBadgeViewModel.For(rating, recorded, explanation));
}
