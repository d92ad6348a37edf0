using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class ProgressCorrectionTests
{
    private static readonly LocalDate FifteenthSeptember = new(2014, 9, 15);
    private static readonly LocalDate ThirtiethSeptember = new(2014, 9, 30);
    private static readonly LocalDate ThirtyFirstOctober = new(2014, 10, 31);

    [Fact]
    public void A_correction_supersedes_the_update_it_corrects_in_the_latest_progress_and_the_rating()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var original = action.Recorded(plan, Submission(action, ThirtyFirstOctober, "G", PoliceLead, At(11, 1, 9)));
        // Due 31 March 2015, outside the 30-day risk window on 30 November, reported within the cycle: the rating by hand stands.
        Assert.Equal(RagRating.Green, RagRules.Assess(plan, action, Today).Rating);

        var correction = action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R", BusinessManager, At(11, 2, 14)) with { Corrects = 1 });

        Assert.Same(correction, action.LatestProgress(Today));
        Assert.Equal(RagRating.Red, RagRules.Assess(plan, action, Today).Rating);
        Assert.False(RagRules.Assess(plan, action, Today).IsOverdue);
        Assert.Equal([original, correction], action.Progress);
        Assert.Equal([correction], action.EffectiveProgress);
        Assert.Equal("G", action.Progress[0].RatingFor(plan.RagScheme.CompletionDimension)!.Text);
        Assert.Equal(1, correction.Corrects);
        Assert.Equal("Update 2 as at 2014-10-31 by Andy Churcher, correcting update 1", correction.ToString());
    }

    [Fact]
    public void A_correction_may_be_dated_before_the_latest_update_and_replaces_the_corrected_one_on_its_dates()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, ThirtiethSeptember, "G", at: At(10, 1, 9)));
        var october = action.Recorded(plan, Submission(action, ThirtyFirstOctober, "G", at: At(11, 1, 9)));

        var correction = action.Recorded(plan, Submission(action, FifteenthSeptember, "A", BusinessManager, At(11, 5, 9)) with { Corrects = 1 });

        Assert.Equal(3, correction.Number);
        Assert.Same(correction, action.LatestProgress(new LocalDate(2014, 9, 20)));
        Assert.Same(correction, action.LatestProgress(ThirtiethSeptember));
        Assert.Same(october, action.LatestProgress(Today));
        Assert.Null(action.LatestProgress(new LocalDate(2014, 9, 14)));
        Assert.Equal(RagRating.Amber, RagRules.Assess(plan, action, ThirtiethSeptember).Rating);
        Assert.Equal(RagRating.Green, RagRules.Assess(plan, action, Today).Rating);
    }

    [Fact]
    public void Correcting_an_update_already_corrected_is_refused_but_the_correction_itself_may_be_corrected()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "G", at: At(11, 1, 9)));
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "A", at: At(11, 2, 9)) with { Corrects = 1 });

        var refused = action.Record(plan, Submission(action, ThirtyFirstOctober, "R", at: At(11, 3, 9)) with { Corrects = 1 });

        Assert.Equal(ProgressRecordingStatus.Invalid, refused.Status);
        Assert.Equal(new FieldError("Corrects", "Update 1 was already corrected by update 2; correct that one instead"), Assert.Single(refused.Errors));
        Assert.Equal(2, action.Version);

        var again = action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R", at: At(11, 3, 9)) with { Corrects = 2 });

        Assert.Equal([1, 2, 3], action.Progress.Select(update => update.Number));
        Assert.Equal([again], action.EffectiveProgress);
        Assert.Equal(RagRating.Red, RagRules.Assess(plan, action, Today).Rating);
    }

    [Fact]
    public void Correcting_an_update_that_recorded_completion_reopens_the_action()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, at: At(11, 1, 9)) with { MarkedComplete = true, CompletedOn = new LocalDate(2014, 10, 20) });
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, action, Today).Rating);
        Assert.Equal(new LocalDate(2014, 10, 20), action.CompletedOn);

        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "A", BusinessManager, At(11, 2, 9)) with { Corrects = 1 });

        Assert.Null(action.CompletedOn);
        Assert.False(action.IsCompleteAsAt(Today));
        Assert.Equal(RagRating.Amber, RagRules.Assess(plan, action, Today).Rating);
        Assert.True(action.Progress[0].RecordsCompletion);
    }
}
