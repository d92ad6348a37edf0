using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Tests.Access;

public class BoardPermissionsTests
{
    /// <summary>
    /// DESIGN.md, "Progress and permissions", written out cell by cell. The six columns of the
    /// design's table, then the private fostering officer (the "seventh role" of the prose below
    /// it: reads and writes the register; as staff of a partner agency reads plans and uses the
    /// guides), then anonymous as the table says, then anonymous where the host lets them read plans.
    /// Writing LADO case records goes with reading them (the LADO only); the private fostering
    /// register's aggregates go to the business unit and board members (DESIGN.md, the same prose).
    /// Record progress for an agency lead means "actions their agency leads" (tested per action below).
    /// </summary>
    private const string Matrix = """
        activity                       | BusinessUnit | AgencyLead | BoardMember | Lado | Practitioner | PrivateFosteringOfficer | anonymous | anonymous, host allows
        ReadPlans                      | yes          | yes        | yes         | yes  | yes          | yes                     | no        | yes
        RecordProgress                 | yes          | yes        | no          | no   | no           | no                      | no        | no
        ReviewProgress                 | yes          | no         | no          | no   | no           | no                      | no        | no
        ManagePlans                    | yes          | no         | no          | no   | no           | no                      | no        | no
        UsePracticeGuides              | yes          | yes        | yes         | yes  | yes          | yes                     | yes       | yes
        ReadLadoAggregates             | yes          | no         | yes         | yes  | no           | no                      | no        | no
        ReadLadoCases                  | no           | no         | no          | yes  | no           | no                      | no        | no
        ManagePrivateFosteringRegister | no           | no         | no          | no   | no           | yes                     | no        | no
        ManageLadoCases                | no           | no         | no          | yes  | no           | no                      | no        | no
        ReadPrivateFosteringAggregates | yes          | no         | yes         | no   | no           | yes                     | no        | no
        """;

    [Fact]
    public void Every_role_may_do_exactly_what_the_design_table_says()
    {
        var rows = Matrix.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(row => row.Split('|', StringSplitOptions.TrimEntries))
            .ToList();
        var columns = rows[0];
        var cells = 0;
        var wrong = new List<string>();

        foreach (var row in rows.Skip(1))
        {
            var activity = Enum.Parse<BoardActivity>(row[0]);
            for (var column = 1; column < columns.Length; column++)
            {
                var expected = row[column] switch
                {
                    "yes" => true,
                    "no" => false,
                    _ => throw new InvalidOperationException($"Expected yes or no, not \"{row[column]}\"."),
                };
                var actual = columns[column] switch
                {
                    "anonymous" => BoardPermissions.Allows(null, activity),
                    "anonymous, host allows" => BoardPermissions.Allows(null, activity, anonymousMayReadPlans: true),
                    var role => BoardPermissions.Allows(User(Enum.Parse<BoardRole>(role)), activity),
                };
                cells++;
                if (actual != expected)
                {
                    wrong.Add($"{columns[column]} × {activity}: expected {row[column]}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(Enum.GetValues<BoardActivity>().Order(), rows.Skip(1).Select(row => Enum.Parse<BoardActivity>(row[0])).Order());
        Assert.Equal(Enum.GetNames<BoardRole>().Order(StringComparer.Ordinal), columns.Skip(1).Take(6).Order(StringComparer.Ordinal));
        Assert.Equal(10 * 8, cells);
    }

    [Fact]
    public void An_agency_lead_who_acts_for_no_agency_may_not_record_progress()
    {
        var lead = new BoardUser("u-1", "Sam Patel", [BoardRole.AgencyLead]);

        Assert.False(BoardPermissions.Allows(lead, BoardActivity.RecordProgress));
        Assert.True(BoardPermissions.Allows(lead, BoardActivity.ReadPlans));
    }

    [Fact]
    public void A_user_with_several_roles_may_do_what_any_of_them_allows()
    {
        var user = new BoardUser("u-2", "Alex Morgan", [BoardRole.Practitioner, BoardRole.Lado]);

        Assert.True(BoardPermissions.Allows(user, BoardActivity.ReadLadoCases));
        Assert.False(BoardPermissions.Allows(user, BoardActivity.ManagePlans));
    }

    [Theory]
    [InlineData("Herefordshire Safeguarding Children Board")]
    [InlineData("HSCB")]
    [InlineData("hscb")]
    public void An_agency_lead_may_record_progress_on_their_agencys_action_by_its_full_or_short_name(string agency)
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var hscbAction = plan.FindAction("1.1.2")!;
        var councilAction = plan.FindAction("2.1.3")!;
        // The plan file says "HSCB"; the importer resolves it to the board's agency by its short name.
        Assert.Equal("Herefordshire Safeguarding Children Board", hscbAction.Lead.AgencyName);
        Assert.Equal("Herefordshire Council", councilAction.Lead.AgencyName);
        var lead = new BoardUser("u-3", "Lynne Renton", [BoardRole.AgencyLead], [agency]);

        Assert.True(BoardPermissions.MayRecordProgressOn(lead, plan, hscbAction));
        Assert.False(BoardPermissions.MayRecordProgressOn(lead, plan, councilAction));
    }

    [Theory]
    [InlineData("West Mercia Police", "WMP")]
    [InlineData("WMP", "West Mercia Police")]
    [InlineData("WMP", "wmp")]
    public void An_action_led_by_an_agency_under_either_of_its_names_is_theirs(string leadAsWritten, string userAgency)
    {
        var action = Safeguarding.Domain.Tests.BusinessPlans.Progress.Action("1", "Mar 15", leadAsWritten);
        var other = Safeguarding.Domain.Tests.BusinessPlans.Progress.Action("2", "Mar 15", "Herefordshire Council");
        var plan = Safeguarding.Domain.Tests.BusinessPlans.Progress.Plan(action, other);
        var lead = new BoardUser("u-6", "Sam Patel", [BoardRole.AgencyLead], [userAgency]);

        Assert.True(BoardPermissions.MayRecordProgressOn(lead, plan, action));
        Assert.False(BoardPermissions.MayRecordProgressOn(lead, plan, other));
    }

    [Fact]
    public void An_agency_lead_may_not_record_progress_on_another_agencys_action_or_one_led_by_no_agency()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var police = new BoardUser("u-4", "Sam Patel", [BoardRole.AgencyLead], ["West Mercia Police"]);
        var council = new BoardUser("u-5", "Jo Evans", [BoardRole.AgencyLead], ["Herefordshire Council"]);
        var unled = new PlanAction { Ref = "9.9", Action = "Unled", PriorityNumber = "1" };

        Assert.All(plan.Actions, action => Assert.False(BoardPermissions.MayRecordProgressOn(police, plan, action)));
        Assert.True(BoardPermissions.MayRecordProgressOn(council, plan, plan.FindAction("2.1.3")!));
        Assert.False(BoardPermissions.MayRecordProgressOn(council, plan, plan.FindAction("1.1.2")!));
        Assert.False(BoardPermissions.MayRecordProgressOn(council, plan, unled));
    }

    [Fact]
    public void The_business_unit_may_record_progress_on_any_action_and_no_other_role_on_any()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var businessUnit = User(BoardRole.BusinessUnit);
        var others = new[] { BoardRole.BoardMember, BoardRole.Lado, BoardRole.Practitioner, BoardRole.PrivateFosteringOfficer }
            .Select(role => new BoardUser($"u-{role}", $"{role} user", [role], ["HSCB", "Herefordshire Council"]))
            .ToList();

        Assert.All(plan.Actions, action =>
        {
            Assert.True(BoardPermissions.MayRecordProgressOn(businessUnit, plan, action));
            Assert.False(BoardPermissions.MayRecordProgressOn(null, plan, action));
            Assert.All(others, user => Assert.False(BoardPermissions.MayRecordProgressOn(user, plan, action)));
        });
    }

    [Fact]
    public void An_author_is_taken_from_the_signed_in_user()
    {
        var lead = new BoardUser("oid-42", "Sam Patel", [BoardRole.AgencyLead], ["West Mercia Police", "WMP Youth"]);
        var manager = new BoardUser("oid-1", "Andy Churcher", [BoardRole.AgencyLead, BoardRole.BusinessUnit], ["HSCB"]);

        Assert.Equal(new UpdateAuthor("oid-42", "Sam Patel", "West Mercia Police", BoardRole.AgencyLead), UpdateAuthor.For(lead));
        Assert.Equal(new UpdateAuthor("oid-42", "Sam Patel", "WMP Youth", BoardRole.AgencyLead), UpdateAuthor.For(lead, "WMP Youth"));
        Assert.Equal(new UpdateAuthor("oid-1", "Andy Churcher", null, BoardRole.BusinessUnit), UpdateAuthor.For(manager));
        Assert.Equal("Sam Patel, West Mercia Police", UpdateAuthor.For(lead).ToString());
    }

    private static BoardUser User(BoardRole role) =>
        new($"user-{role}", $"{role} user", [role], role == BoardRole.AgencyLead ? ["West Mercia Police"] : null);
}
