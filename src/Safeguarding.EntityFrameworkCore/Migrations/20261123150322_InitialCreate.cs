using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriorityTerm = table.Column<string>(type: "TEXT", nullable: false),
                    ReportingCycleDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    BoardName = table.Column<string>(type: "TEXT", nullable: false),
                    BoardJson = table.Column<string>(type: "TEXT", nullable: false),
                    RagSchemeJson = table.Column<string>(type: "TEXT", nullable: false),
                    SourceReferencesJson = table.Column<string>(type: "TEXT", nullable: false),
                    AimsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OutcomeMeasuresJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Ref = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Driver = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewPlanPointsJson = table.Column<string>(type: "TEXT", nullable: false),
                    MonitoredBy = table.Column<string>(type: "TEXT", nullable: true),
                    StrategicOversight = table.Column<string>(type: "TEXT", nullable: true),
                    ExpectedImpact = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Ref = table.Column<string>(type: "TEXT", nullable: false),
                    RefAssigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    PriorityNumber = table.Column<string>(type: "TEXT", nullable: false),
                    ActionAreaRef = table.Column<string>(type: "TEXT", nullable: true),
                    ActionText = table.Column<string>(type: "TEXT", nullable: true),
                    StepsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DesiredOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    LeadText = table.Column<string>(type: "TEXT", nullable: false),
                    LeadAgencyName = table.Column<string>(type: "TEXT", nullable: true),
                    LeadOfficer = table.Column<string>(type: "TEXT", nullable: true),
                    TimescaleText = table.Column<string>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Monitoring = table.Column<string>(type: "TEXT", nullable: true),
                    SourceNotesJson = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BusinessPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    DevelopmentPrioritiesJson = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    AsAt = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", nullable: true),
                    RatingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    MarkedComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdditionalWork = table.Column<string>(type: "TEXT", nullable: true),
                    ImpactSoFar = table.Column<string>(type: "TEXT", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "BusinessPlans");
        }
    }
}
