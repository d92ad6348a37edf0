using Safeguarding.Domain.BusinessPlans;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class ProgressConflictTests
{
    private static readonly LocalDate ThirtyFirstOctober = new(2014, 10, 31);

    [Fact]
    public void Of_two_submissions_on_the_same_version_the_first_is_recorded_and_the_second_is_told_who_recorded_what_and_when()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var version = action.Version;
        var police = Submission(action, ThirtyFirstOctober, "G", PoliceLead, At(11, 30, 10, 15)) with { IdempotencyKey = "police-form" };
        var businessUnit = Submission(action, ThirtyFirstOctober, "R", BusinessManager, At(11, 30, 10, 16)) with { IdempotencyKey = "bu-form" };
        Assert.Equal(version, businessUnit.ExpectedVersion);

        var first = action.Record(plan, police);
        var second = action.Record(plan, businessUnit);

        Assert.Equal(ProgressRecordingStatus.Recorded, first.Status);
        Assert.Equal(ProgressRecordingStatus.Conflict, second.Status);
        Assert.False(second.IsStored);
        Assert.Null(second.Update);
        var theirs = Assert.Single(second.RecordedSince);
        Assert.Same(first.Update, theirs);
        Assert.Equal(PoliceLead, theirs.RecordedBy);
        Assert.Equal(At(11, 30, 10, 15), theirs.RecordedAt);
        Assert.Equal(1, second.Version);
        Assert.StartsWith("Sam Patel, West Mercia Police recorded progress on this action at 2014-11-30 10:15 UTC, after you opened it", second.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Statement!, second.Message, StringComparison.Ordinal);
        Assert.Equal([first.Update!], action.Progress);

        // Having read theirs, the second person submits again against the version they now see.
        var resubmitted = action.Record(plan, businessUnit with { ExpectedVersion = second.Version });

        Assert.Equal(ProgressRecordingStatus.Recorded, resubmitted.Status);
        Assert.Equal(2, resubmitted.Update!.Number);
    }

    [Fact]
    public void A_conflict_lists_everything_recorded_since_the_version_the_submitter_saw_oldest_first()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var stale = Submission(action, ThirtyFirstOctober, "A", BusinessManager);
        var one = action.Recorded(plan, Submission(action, ThirtyFirstOctober, at: At(11, 30, 9)));
        var two = action.Recorded(plan, Submission(action, ThirtyFirstOctober, at: At(11, 30, 9, 5)) with { RecordedBy = CouncilLead });

        var conflict = action.Record(plan, stale);

        Assert.Equal(ProgressRecordingStatus.Conflict, conflict.Status);
        Assert.Equal([one, two], conflict.RecordedSince);
        Assert.StartsWith("Jo Evans, Herefordshire Council recorded progress on this action at 2014-11-30 09:05 UTC", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(2, action.Version);
    }

    [Fact]
    public void A_conflict_is_reported_even_when_the_stale_submission_has_wrong_fields()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var stale = Submission(action, ThirtyFirstOctober) with { Statement = null };
        action.Recorded(plan, Submission(action, ThirtyFirstOctober));

        Assert.Equal(ProgressRecordingStatus.Conflict, action.Record(plan, stale).Status);
    }

    [Fact]
    public void A_double_submit_with_the_same_idempotency_key_stores_one_update()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober) with { IdempotencyKey = "form-1" };

        var first = action.Record(plan, submission);
        var second = action.Record(plan, submission);

        Assert.Equal(ProgressRecordingStatus.Recorded, first.Status);
        Assert.Equal(ProgressRecordingStatus.AlreadyRecorded, second.Status);
        Assert.True(second.IsStored);
        Assert.Same(first.Update, second.Update);
        Assert.Equal(1, second.Version);
        Assert.Equal("This update had already been recorded, as update 1; it was not stored again.", second.Message);
        Assert.Single(action.Progress);
    }

    [Fact]
    public void A_repeated_idempotency_key_is_already_recorded_even_after_others_have_recorded()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober) with { IdempotencyKey = "form-1" };
        var first = action.Record(plan, submission);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, by: CouncilLead) with { IdempotencyKey = "form-2" });

        var retried = action.Record(plan, submission);

        Assert.Equal(ProgressRecordingStatus.AlreadyRecorded, retried.Status);
        Assert.Same(first.Update, retried.Update);
        Assert.Equal(2, retried.Version);
        Assert.Equal(2, action.Version);
    }

    [Fact]
    public void A_sent_again_submission_is_already_recorded_even_when_its_text_has_outer_spaces_and_it_is_sent_later()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober) with { IdempotencyKey = "form-1", Statement = "  Audit reported.  ", AdditionalWork = " " };
        var first = action.Record(plan, submission);

        var again = action.Record(plan, submission with { RecordedAt = At(11, 30, 11) });

        Assert.Equal(ProgressRecordingStatus.AlreadyRecorded, again.Status);
        Assert.Same(first.Update, again.Update);
    }

    [Theory]
    [InlineData("statement")]
    [InlineData("completion rating")]
    [InlineData("as-at date")]
    [InlineData("marked complete")]
    [InlineData("recorded by")]
    public void A_different_update_from_the_same_form_opened_twice_is_a_conflict_not_a_duplicate(string difference)
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        // One kept page, opened in two tabs, gives both forms the same key and version.
        var firstTab = Submission(action, ThirtyFirstOctober) with { IdempotencyKey = "kept-page-key" };
        var secondTab = difference switch
        {
            "statement" => firstTab with { Statement = "Audit postponed to January." },
            "completion rating" => Submission(action, ThirtyFirstOctober, completion: "A") with { IdempotencyKey = "kept-page-key" },
            "as-at date" => firstTab with { AsAt = ThirtyFirstOctober.PlusDays(1) },
            "marked complete" => firstTab with { MarkedComplete = true, CompletedOn = ThirtyFirstOctober },
            _ => firstTab with { RecordedBy = CouncilLead },
        };
        var first = action.Record(plan, firstTab);

        var second = action.Record(plan, secondTab);

        Assert.Equal(ProgressRecordingStatus.Conflict, second.Status);
        Assert.False(second.IsStored);
        Assert.Same(first.Update, Assert.Single(second.RecordedSince));
        Assert.Single(action.Progress);
    }

    [Fact]
    public void A_key_used_again_for_a_new_update_on_the_current_version_is_refused_with_an_error_on_the_key()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var first = action.Recorded(plan, Submission(action, ThirtyFirstOctober) with { IdempotencyKey = "client-key" });
        var reused = Submission(action, ThirtyFirstOctober.PlusDays(30)) with { IdempotencyKey = "client-key", Statement = "Second quarter's progress." };
        Assert.Equal(action.Version, reused.ExpectedVersion);

        var result = action.Record(plan, reused);

        Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("IdempotencyKey", error.Field);
        Assert.Equal($"Expected a new idempotency key for a new update: this key was used for update {first.Number}, which says something different", error.Message);
        Assert.Equal([first], action.Progress);
    }

    [Fact]
    public void Submissions_without_an_idempotency_key_are_each_checked_on_their_own()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober) with { IdempotencyKey = null };

        Assert.Equal(ProgressRecordingStatus.Recorded, action.Record(plan, submission).Status);
        Assert.Equal(ProgressRecordingStatus.Conflict, action.Record(plan, submission).Status);
        Assert.Equal(ProgressRecordingStatus.Recorded, action.Record(plan, submission with { ExpectedVersion = 1, IdempotencyKey = "" }).Status);
        Assert.Equal(ProgressRecordingStatus.Recorded, action.Record(plan, submission with { ExpectedVersion = 2, IdempotencyKey = "" }).Status);
        Assert.Equal(3, action.Version);
        Assert.All(action.Progress, update => Assert.Null(update.IdempotencyKey));
    }
}
