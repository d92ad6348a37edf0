using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class RecordingProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Corrects",
                table: "ProgressUpdates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MilestonesMetJson",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: false,
                // Edited by hand: rows stored before this migration met no milestones, and the
                // column must hold JSON ("[]"), not the empty string EF would put there.
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "ProgressUpdates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedByAgency",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedByDisplayName",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedByRole",
                table: "ProgressUpdates",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedByUserId",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresAcceptance",
                table: "BusinessPlans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ProgressReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdateNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedByDisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedByAgency = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReviews_PlanActions_PlanActionId",
                        column: x => x.PlanActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_PlanActionId_IdempotencyKey",
                table: "ProgressUpdates",
                columns: new[] { "PlanActionId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReviews_PlanActionId_Sequence",
                table: "ProgressReviews",
                columns: new[] { "PlanActionId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgressReviews");

            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdates_PlanActionId_IdempotencyKey",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "Corrects",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "MilestonesMetJson",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RecordedByAgency",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RecordedByDisplayName",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RecordedByRole",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RecordedByUserId",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "RequiresAcceptance",
                table: "BusinessPlans");
        }
    }
}
