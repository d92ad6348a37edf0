using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.Rag;

public class RagSchemeTests
{
    [Fact]
    public void The_2014_scheme_has_process_and_completion_to_timescale_with_the_seed_wording()
    {
        var scheme = BuiltInRagSchemes.Hscb2014;

        Assert.Equal(["process", "completion"], scheme.Dimensions.Select(dimension => dimension.Id));
        Assert.Same(scheme.FindDimension("completion"), scheme.CompletionDimension);
        Assert.Equal("Incomplete & Outside Timescale", scheme.CompletionDimension.FindLevel("R")!.Descriptor);
        Assert.Equal("Process Planned But Not Agreed", scheme.FindDimension("process")!.FindLevel("A")!.Descriptor);
        Assert.Equal(RagRating.NotRated, scheme.CompletionDimension.FindLevel("N")!.Rating);
    }

    [Fact]
    public void The_five_level_scheme_has_grey_for_not_started_and_blue_for_completed()
    {
        var dimension = BuiltInRagSchemes.ImprovementPlan2012.CompletionDimension;

        Assert.Equal(RagRating.NotStarted, dimension.FindLevel("GREY")!.Rating);
        Assert.Equal(RagRating.Complete, dimension.FindLevel("BLUE")!.Rating);
        Assert.Equal("Tasks and or outcomes have not been met or timescale slipped.", dimension.FindLevel("RED")!.Descriptor);
    }

    [Theory]
    [InlineData("★", RagRating.Complete)]
    [InlineData("●", RagRating.Green)]
    [InlineData("▲", RagRating.Amber)]
    [InlineData("No data", RagRating.NotRated)]
    [InlineData("● / ★", RagRating.Green)]
    public void The_2009_symbols_map_to_the_canonical_scale(string symbol, RagRating expected)
    {
        Assert.True(BuiltInRagSchemes.ExceptionReport2009.TryReadRating("status", symbol, out var rating, out _));

        Assert.Equal(expected, rating.Rating);
        Assert.Equal(symbol, rating.Text);
    }

    [Fact]
    public void An_unknown_symbol_is_rejected_with_the_symbols_expected()
    {
        Assert.False(BuiltInRagSchemes.ExceptionReport2009.TryReadRating("status", "◆", out _, out var error));

        Assert.Contains("\"★\"", error, StringComparison.Ordinal);
        Assert.Contains("\"◆\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_level_has_a_symbol_so_that_colour_is_never_the_only_signal()
    {
        var levels = BuiltInRagSchemes.All.SelectMany(scheme => scheme.Dimensions).SelectMany(dimension => dimension.Levels).ToList();

        Assert.All(levels, level => Assert.False(string.IsNullOrWhiteSpace(level.Symbol)));
        Assert.All(BuiltInRagSchemes.All.SelectMany(scheme => scheme.Dimensions), dimension =>
            Assert.Equal(dimension.Levels.Count, dimension.Levels.Select(level => level.Rating).Distinct().Count()));
    }

    [Fact]
    public void A_scheme_needs_exactly_one_dimension_that_tracks_completion()
    {
        var level = new RagLevel("G", "Green", "On target", RagRating.Green, "●", "#00703c");

        var error = Assert.Throws<ArgumentException>(() => new RagScheme("custom", "Custom",
            [new RagDimension("a", "A", tracksCompletion: false, [level]), new RagDimension("b", "B", tracksCompletion: false, [level])]));

        Assert.Contains("exactly one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roll_ups_take_the_worst_rating_with_not_rated_above_green()
    {
        Assert.Equal(RagRating.Red, RagRatingExtensions.Worst(RagRating.Amber, RagRating.Red));
        Assert.Equal(RagRating.NotRated, RagRatingExtensions.Worst(RagRating.Green, RagRating.NotRated));
        Assert.Equal(RagRating.Green, RagRatingExtensions.Worst(RagRating.Complete, RagRating.Green));
    }
}
