using Mapster;
using Safeguarding.Domain;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>How domain results become view models (Mapster), in one place so views stay free of logic.</summary>
internal static class WidgetMappings
{
    internal static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<RagAssessment, ActionRowViewModel>()
            .Map(row => row.Ref, assessment => assessment.Action.Ref)
            .Map(row => row.Summary, assessment => assessment.Action.Summary)
            .Map(row => row.Steps, assessment => assessment.Action.Steps)
            .Map(row => row.Lead, assessment => assessment.Action.Lead.Text)
            .Map(row => row.Timescale, assessment => assessment.Action.Timescale.Text.Length == 0 ? "None given" : assessment.Action.Timescale.Text)
            .Map(row => row.DueDate, assessment => assessment.Action.DueDate == null ? null : DisplayDates.Format(assessment.Action.DueDate.Value))
            .Map(row => row.LatestProgress, assessment => assessment.LatestProgress == null ? null : assessment.LatestProgress.Statement)
            .Map(row => row.LatestProgressDate, assessment => assessment.LatestProgress == null ? null : DisplayDates.Format(assessment.LatestProgress.AsAt))
            .Map(row => row.Reason, assessment => assessment.Reason)
            .Map(row => row.Rating, assessment => RagBadgeViewModel.For(
                assessment.Rating,
                assessment.RecordedRating == null || assessment.RecordedRating.Rating == RagRating.NotRated || assessment.RecordedRating.Rating == assessment.Rating
                    ? null
                    : assessment.RecordedRating.Text,
                assessment.Explanation));
        config.Compile();
        return config;
    }
}
