using Microsoft.EntityFrameworkCore;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore.Tests;

public class CaseRegisterSchemaTests
{
    [Fact]
    public async Task The_access_log_table_holds_who_when_and_which_case_and_nothing_of_its_content()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        var columns = context.Model.FindEntityType(typeof(CaseAccessRecord))!.GetProperties().Select(property => property.GetColumnName()).Order(StringComparer.Ordinal);

        Assert.Equal(["At", "CaseReference", "Id", "Kind", "Register", "Role", "UserId"], columns);
    }

    [Fact]
    public void The_PostgreSQL_script_makes_the_registers_references_and_a_visit_a_day_unique()
    {
        var script = File.ReadAllText(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "src/Safeguarding.EntityFrameworkCore.PostgreSql/safeguarding-postgresql.sql"));

        Assert.Contains("CREATE UNIQUE INDEX \"IX_AllegationCases_Reference\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_PrivateFosteringArrangements_Reference\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_PrivateFosteringVisits_ArrangementId_Date\"", script, StringComparison.Ordinal);
        Assert.Contains("\"ReferredOn\" date NOT NULL", script, StringComparison.Ordinal);
    }
}
