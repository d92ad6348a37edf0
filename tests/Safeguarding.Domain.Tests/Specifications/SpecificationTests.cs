using Ardalis.Specification;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.Specifications;

public class SpecificationTests
{
    [Fact]
    public void Actions_by_lead_agency_finds_only_that_agencys_actions_in_ref_order()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        var council = new ActionsByLeadAgencySpec("Herefordshire Council").Evaluate(plan.Actions).ToList();

        Assert.NotEmpty(council);
        Assert.All(council, action => Assert.Equal("Herefordshire Council", action.Lead.AgencyName));
        Assert.Contains(council, action => action.Lead.Text.StartsWith("Herefordshire Council, Head of Safeguarding and Review", StringComparison.Ordinal));
        Assert.Equal(council.Select(action => action.Ref).Order(StringComparer.Ordinal), council.Select(action => action.Ref));
        Assert.Equal(plan.Actions.Count(), council.Count + new ActionsByLeadAgencySpec("Herefordshire Safeguarding Children Board").Evaluate(plan.Actions).Count());
    }

    [Fact]
    public void Overdue_as_at_a_date_lists_the_longest_overdue_first_and_leaves_out_completed_actions()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);

        var overdue = new OverdueActionsSpec(new LocalDate(2009, 5, 31)).Evaluate(plan.Actions).ToList();

        Assert.Equal("3.4", overdue[0].Ref);
        Assert.DoesNotContain(overdue, action => action.Ref == "4.9");
        Assert.Equal(RagRules.AssessPlan(plan, new LocalDate(2009, 5, 31)).Overall.Overdue, overdue.Count);
    }

    [Fact]
    public void Due_in_a_month_finds_the_actions_of_that_month()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        var october = new ActionsDueInMonthSpec(new YearMonth(2014, 10)).Evaluate(plan.Actions).ToList();

        Assert.Equal(14, october.Count);
        Assert.All(october, action => Assert.Equal(new LocalDate(2014, 10, 31), action.DueDate));
    }

    [Fact]
    public void By_rating_uses_the_derived_rating()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);
        var asAt = new LocalDate(2009, 5, 31);

        var complete = new ActionsByRatingSpec(plan, RagRating.Complete, asAt).Evaluate(plan.Actions).Select(action => action.Ref).ToList();

        Assert.Contains("4.9", complete);
        Assert.DoesNotContain("4.12", complete);
    }

    [Fact]
    public void IsSatisfiedBy_checks_one_item_against_every_filter()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var spec = new OverdueActionsSpec(new LocalDate(2014, 11, 30));

        Assert.True(spec.IsSatisfiedBy(plan.FindAction("4.5.2")!));
        Assert.False(spec.IsSatisfiedBy(plan.FindAction("3.1.1")!));
    }

    [Fact]
    public void The_package_in_memory_evaluator_gives_what_the_specification_itself_gives()
    {
        // The queryable evaluator is Safeguarding.EntityFrameworkCore's; its agreement with this
        // one, spec by spec on every seed plan, is tested there.
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var spec = new OverdueActionsSpec(new LocalDate(2014, 11, 30));

        var evaluator = InMemorySpecificationEvaluator.Default.Evaluate(plan.Actions, spec).Select(action => action.Ref);

        Assert.Equal(spec.Evaluate(plan.Actions).Select(action => action.Ref), evaluator);
        Assert.NotEmpty(evaluator);
    }

    [Fact]
    public void Skip_and_take_page_the_results()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var page = new PagedActions(skip: 2, take: 3);

        var refs = page.Evaluate(plan.Actions).Select(action => action.Ref).ToList();

        Assert.Equal(plan.Actions.Select(action => action.Ref).Order(StringComparer.Ordinal).Skip(2).Take(3), refs);
    }

    private sealed class PagedActions : Specification<PlanAction>
    {
        public PagedActions(int skip, int take)
        {
            Query.OrderBy(action => action.Ref);
            Query.Skip(skip).Take(take);
        }
    }
}
