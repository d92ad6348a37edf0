using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class ProgressSubmissionRulesTests
{
    private const string ProcessLevels = "\"G\" (Green), \"A\" (Amber), \"R\" (Red), \"N\" (Not rated)";

    private static readonly LocalDate ThirtyFirstOctober = new(2014, 10, 31);

    [Fact]
    public void A_valid_submission_is_stored_as_the_next_update_with_its_author_and_instant()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober, "A", PoliceLead, At(11, 3, 9, 30)) with
        {
            Statement = "  Audit under way.  ",
            AdditionalWork = "Second audit in January.",
            ImpactSoFar = " ",
            IdempotencyKey = "form-7f3a",
        };

        var result = action.Record(plan, submission);

        Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        Assert.True(result.IsStored);
        Assert.Empty(result.Errors);
        var stored = Assert.Single(action.Progress);
        Assert.Same(stored, result.Update);
        Assert.Equal(1, stored.Number);
        Assert.Equal(ThirtyFirstOctober, stored.AsAt);
        Assert.Equal(PoliceLead, stored.RecordedBy);
        Assert.Equal(At(11, 3, 9, 30), stored.RecordedAt);
        Assert.Equal("Audit under way.", stored.Statement);
        Assert.Equal("Second audit in January.", stored.AdditionalWork);
        Assert.Null(stored.ImpactSoFar);
        Assert.Equal("form-7f3a", stored.IdempotencyKey);
        Assert.Equal(["G", "A"], stored.Ratings.Select(rating => rating.Text));
        Assert.Equal(RagRating.Amber, stored.RatingFor(plan.RagScheme.CompletionDimension)!.Rating);
        Assert.Null(stored.Corrects);
        Assert.False(stored.RecordsCompletion);
        Assert.Equal(1, action.Version);
        Assert.Equal(1, result.Version);
        Assert.Equal("Update 1 as at 2014-10-31 by Sam Patel, West Mercia Police", stored.ToString());
    }

    [Fact]
    public void Updates_are_numbered_after_those_imported_with_the_plan()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction("2.1.3")!;
        Assert.Equal(1, action.Version);

        var stored = action.Recorded(plan, Submission(action, ThirtyFirstOctober, by: CouncilLead));

        Assert.Equal(2, stored.Number);
        Assert.Equal([1, 2], action.Progress.Select(update => update.Number));
        Assert.Null(action.Progress[0].RecordedBy);
        Assert.Equal(CouncilLead, action.Progress[1].RecordedBy);
    }

    [Fact]
    public void The_as_at_date_is_required()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { AsAt = null },
            "AsAt", "Enter the date the update reports progress as at, such as 31 October 2026");
    }

    [Fact]
    public void The_as_at_date_may_be_today_but_not_tomorrow()
    {
        AssertRefused(action => Submission(action, Today.PlusDays(1)),
            "AsAt", "The as-at date must be today (30 November 2014) or earlier, not 1 December 2014");
        AssertAccepted(action => Submission(action, Today));
    }

    [Fact]
    public void The_as_at_date_may_be_the_day_the_plan_starts_but_not_before()
    {
        AssertRefused(action => Submission(action, PlanStart.PlusDays(-1)),
            "AsAt", "The as-at date must be on or after 1 April 2014, when the plan starts, not 31 March 2014");
        AssertAccepted(action => Submission(action, PlanStart));
    }

    [Fact]
    public void A_new_update_may_not_be_dated_before_the_latest_one_but_may_share_its_date()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober));

        AssertRefused(plan, action, Submission(action, ThirtyFirstOctober.PlusDays(-1)),
            "AsAt", "The as-at date must be on or after 31 October 2014, the date of the latest update; to change an earlier update, record a correction of it");

        Assert.Equal(2, action.Recorded(plan, Submission(action, ThirtyFirstOctober)).Number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_progress_statement_is_required(string? statement)
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { Statement = statement },
            "Statement", "Enter a progress statement: what has been done since the last update");
    }

    [Fact]
    public void A_progress_statement_may_have_4000_characters_but_not_4001()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { Statement = new string('x', 4001) },
            "Statement", "The progress statement must be 4000 characters or fewer; it has 4001");
        // Surrounding spaces are trimmed before the statement is measured and stored.
        var stored = AssertAccepted(action => Submission(action, ThirtyFirstOctober) with { Statement = $"  {new string('x', 4000)}  " });
        Assert.Equal(4000, stored.Statement!.Length);
    }

    [Fact]
    public void Every_dimension_of_the_plans_scheme_needs_a_rating()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { Ratings = new Dictionary<string, string?> { ["completion"] = "G" } },
            "Ratings[process]", $"Choose a rating for Process: one of {ProcessLevels}");
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = " " } },
            "Ratings[completion]", $"Choose a rating for Completion to timescale: one of {ProcessLevels}");
    }

    [Theory]
    [InlineData("Blue")]
    [InlineData("Green")]
    [InlineData("G / A")]
    public void A_rating_must_be_one_level_code_of_the_plans_scheme(string code)
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober, completion: code),
            "Ratings[completion]", $"Choose a rating for Completion to timescale: one of {ProcessLevels}, not \"{code}\"");
    }

    [Fact]
    public void A_rating_for_a_dimension_the_scheme_does_not_have_is_refused()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with
        {
            Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = "G", ["impact"] = "G" },
        }, "Ratings[impact]", "The plan's RAG scheme has no dimension \"impact\"; it rates Process and Completion to timescale");
    }

    [Fact]
    public void Additional_work_and_impact_so_far_may_have_4000_characters_but_not_4001()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { AdditionalWork = new string('w', 4001) },
            "AdditionalWork", "The additional work proposed must be 4000 characters or fewer; it has 4001");
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { ImpactSoFar = new string('i', 4001) },
            "ImpactSoFar", "The impact so far must be 4000 characters or fewer; it has 4001");
        AssertAccepted(action => Submission(action, ThirtyFirstOctober) with { AdditionalWork = new string('w', 4000), ImpactSoFar = new string('i', 4000) });
    }

    [Fact]
    public void An_update_marked_complete_needs_the_date_it_was_completed()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { MarkedComplete = true },
            "CompletedOn", "Enter the date the action was completed");
    }

    [Fact]
    public void A_completion_rating_needs_the_date_it_was_completed_too()
    {
        var action = TestPlans.Action("1", "Mar 15");
        var plan = TestPlans.With(BuiltInRagSchemes.ImprovementPlan2012, action);
        var submission = Submission(action, ThirtyFirstOctober) with { Ratings = new Dictionary<string, string?> { ["status"] = "BLUE" } };

        AssertRefused(plan, action, submission, "CompletedOn", "Enter the date the action was completed");

        var stored = action.Recorded(plan, submission with { CompletedOn = new LocalDate(2014, 10, 20) });
        Assert.True(stored.RecordsCompletion);
        Assert.Equal(new LocalDate(2014, 10, 20), stored.CompletionDate);
    }

    [Fact]
    public void The_completion_date_may_be_the_as_at_date_but_not_after_it()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { MarkedComplete = true, CompletedOn = ThirtyFirstOctober.PlusDays(1) },
            "CompletedOn", "The completion date must be on or before the as-at date (31 October 2014), not 1 November 2014");
        var stored = AssertAccepted(action => Submission(action, ThirtyFirstOctober) with { MarkedComplete = true, CompletedOn = ThirtyFirstOctober });
        Assert.Equal(ThirtyFirstOctober, stored.CompletionDate);
    }

    [Fact]
    public void The_completion_date_may_be_the_day_the_plan_starts_but_not_before()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { MarkedComplete = true, CompletedOn = PlanStart.PlusDays(-1) },
            "CompletedOn", "The completion date must be on or after 1 April 2014, when the plan starts, not 31 March 2014");
        AssertAccepted(action => Submission(action, ThirtyFirstOctober) with { MarkedComplete = true, CompletedOn = PlanStart });
    }

    [Fact]
    public void A_completion_date_without_completion_is_refused()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { CompletedOn = ThirtyFirstOctober },
            "CompletedOn", "Give a completion date only when the action is complete: tick \"the action is complete\" or rate it complete");
    }

    [Fact]
    public void Only_the_actions_own_milestones_may_be_recorded_as_met()
    {
        var milestones = Action("2", "Oct 14 for Education Mar 15 for wider application");
        var noTimescale = Action("3", "On-going");
        var plan = Plan(milestones, noTimescale);

        AssertRefused(plan, milestones, Submission(milestones, ThirtyFirstOctober) with { MilestonesMet = [new LocalDate(2014, 10, 30)] },
            "MilestonesMet", "Choose milestones of action 2 (31 October 2014, 31 March 2015); it has none due on 30 October 2014");
        AssertRefused(plan, noTimescale, Submission(noTimescale, ThirtyFirstOctober) with { MilestonesMet = [ThirtyFirstOctober] },
            "MilestonesMet", "Action 3 has no milestones, so none can be recorded as met");

        var stored = milestones.Recorded(plan, Submission(milestones, ThirtyFirstOctober) with { MilestonesMet = [ThirtyFirstOctober, ThirtyFirstOctober] });
        Assert.Equal([ThirtyFirstOctober], stored.MilestonesMet);
    }

    [Fact]
    public void A_correction_must_name_an_update_in_the_history()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober));

        AssertRefused(plan, action, Submission(action, ThirtyFirstOctober) with { Corrects = 5 },
            "Corrects", "Choose the update this corrects: action 1 has updates 1 to 1, not 5");
    }

    [Fact]
    public void A_submission_claiming_a_version_the_history_has_not_reached_is_refused()
    {
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { ExpectedVersion = 3 },
            "ExpectedVersion", "Expected the version of the history you read, from 0 to 0, but found 3");
        AssertRefused(action => Submission(action, ThirtyFirstOctober) with { ExpectedVersion = -1 },
            "ExpectedVersion", "Expected the version of the history you read, from 0 to 0, but found -1");
    }

    [Fact]
    public void Every_wrong_field_is_reported_at_once_in_the_order_of_the_form_and_nothing_is_stored()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var submission = Submission(action, ThirtyFirstOctober) with
        {
            AsAt = Today.PlusDays(1),
            Statement = "",
            Ratings = new Dictionary<string, string?> { ["completion"] = "X" },
            CompletedOn = ThirtyFirstOctober,
        };

        var result = action.Record(plan, submission);

        Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
        Assert.Equal(["AsAt", "Statement", "Ratings[process]", "Ratings[completion]", "CompletedOn"], result.Errors.Select(error => error.Field));
        Assert.Equal("The update was not stored: 5 fields need correcting (AsAt, Statement, Ratings[process], Ratings[completion], CompletedOn).", result.Message);
        Assert.Empty(action.Progress);
        Assert.Equal(0, result.Version);
    }

    [Fact]
    public void Check_answers_what_Record_would_without_storing_anything()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);

        var outcome = action.Check(plan, Submission(action, ThirtyFirstOctober, "R"), out var update);

        Assert.Null(outcome);
        Assert.NotNull(update);
        Assert.Equal(0, update.Number);
        Assert.Equal(ThirtyFirstOctober, update.AsAt);
        Assert.Empty(action.Progress);
        Assert.Equal(ProgressRecordingStatus.Invalid, action.Check(plan, Submission(action, ThirtyFirstOctober) with { Statement = null }, out var none)!.Status);
        Assert.Null(none);
    }

    private static ProgressUpdate AssertAccepted(Func<PlanAction, ProgressSubmission> submission)
    {
        var action = Action("1", "Mar 15");
        return action.Recorded(Plan(action), submission(action));
    }

    private static void AssertRefused(Func<PlanAction, ProgressSubmission> submission, string field, string message)
    {
        var action = Action("1", "Mar 15");
        AssertRefused(Plan(action), action, submission(action), field, message);
    }

    private static void AssertRefused(BusinessPlan plan, PlanAction action, ProgressSubmission submission, string field, string message)
    {
        var before = action.Progress.ToList();

        var result = action.Record(plan, submission);

        Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
        Assert.False(result.IsStored);
        Assert.Null(result.Update);
        Assert.Equal(new FieldError(field, message), Assert.Single(result.Errors));
        Assert.Contains(field, result.Message, StringComparison.Ordinal);
        Assert.Equal(before, action.Progress);
        Assert.Equal(before.Count, action.Version);
        Assert.Equal(before.Count, result.Version);
    }
}
