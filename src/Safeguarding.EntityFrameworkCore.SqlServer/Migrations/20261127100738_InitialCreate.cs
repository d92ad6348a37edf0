using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BusinessPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    PriorityTerm = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReportingCycleDays = table.Column<int>(type: "int", nullable: false),
                    RequiresAcceptance = table.Column<bool>(type: "bit", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BoardName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BoardJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RagSchemeJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SourceReferencesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AimsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OutcomeMeasuresJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BusinessPlanId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    PriorityNumber = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Ref = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Driver = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewPlanPointsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MonitoredBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StrategicOversight = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ExpectedImpact = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionAreas_BusinessPlans_BusinessPlanId",
                        column: x => x.BusinessPlanId,
                        principalTable: "BusinessPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BusinessPlanId = table.Column<int>(type: "int", nullable: false),
                    PlanKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Ref = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RefAssigned = table.Column<bool>(type: "bit", nullable: false),
                    PriorityNumber = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ActionAreaRef = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ActionText = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StepsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DesiredOutcome = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LeadText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LeadAgencyName = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    LeadOfficer = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TimescaleText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Monitoring = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SourceNotesJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActions_BusinessPlans_BusinessPlanId",
                        column: x => x.BusinessPlanId,
                        principalTable: "BusinessPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Priorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BusinessPlanId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DevelopmentPrioritiesJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Priorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Priorities_BusinessPlans_BusinessPlanId",
                        column: x => x.BusinessPlanId,
                        principalTable: "BusinessPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanActionId = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    UpdateNumber = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReviewedByDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReviewedByAgency = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewedByRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReviewedAt = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanActionId = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    AsAt = table.Column<DateOnly>(type: "date", nullable: false),
                    Statement = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RatingsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MarkedComplete = table.Column<bool>(type: "bit", nullable: false),
                    AdditionalWork = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ImpactSoFar = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReportedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MilestonesMetJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RecordedByDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RecordedByAgency = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RecordedByRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: true),
                    Corrects = table.Column<int>(type: "int", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(450)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_PlanActions_PlanActionId",
                        column: x => x.PlanActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionAreas_BusinessPlanId_Ref",
                table: "ActionAreas",
                columns: new[] { "BusinessPlanId", "Ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BusinessPlans_Key",
                table: "BusinessPlans",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_BusinessPlanId",
                table: "PlanActions",
                column: "BusinessPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_DueDate",
                table: "PlanActions",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_LeadAgencyName",
                table: "PlanActions",
                column: "LeadAgencyName");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanKey_Ref",
                table: "PlanActions",
                columns: new[] { "PlanKey", "Ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Priorities_BusinessPlanId_Number",
                table: "Priorities",
                columns: new[] { "BusinessPlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReviews_PlanActionId_Sequence",
                table: "ProgressReviews",
                columns: new[] { "PlanActionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_PlanActionId_IdempotencyKey",
                table: "ProgressUpdates",
                columns: new[] { "PlanActionId", "IdempotencyKey" },
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_PlanActionId_Sequence",
                table: "ProgressUpdates",
                columns: new[] { "PlanActionId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionAreas");

            migrationBuilder.DropTable(
                name: "Priorities");

            migrationBuilder.DropTable(
                name: "ProgressReviews");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "BusinessPlans");
        }
    }
}
