using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PlanLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "BusinessPlans",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "BusinessPlans",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "BusinessPlans");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "BusinessPlans");
        }
    }
}
