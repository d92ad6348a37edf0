using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class CaseRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AllegationCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AllegationMadeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployerToldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluationOrStrategyMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferringAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringSector = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EmployerSector = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    HarmedOrMayHaveHarmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PossibleCriminalOffence = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayPoseRiskOfHarm = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayNotBeSuitableToWorkWithChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    IsExceptional = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExceptionalDelayReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewBy = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllegationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Register = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivateFosteringArrangements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IntendedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CarerRelationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CarerTie = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CarerHasParentalResponsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaredForInPersonalCapacity = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AuthorityAwareOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateFosteringArrangements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivateFosteringVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArrangementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChildSeenAlone = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateFosteringVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivateFosteringVisits_PrivateFosteringArrangements_ArrangementId",
                        column: x => x.ArrangementId,
                        principalTable: "PrivateFosteringArrangements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllegationCases_Reference",
                table: "AllegationCases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllegationCases_ReferredOn",
                table: "AllegationCases",
                column: "ReferredOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAccessLog_Register_CaseReference",
                table: "CaseAccessLog",
                columns: new[] { "Register", "CaseReference" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateFosteringArrangements_Reference",
                table: "PrivateFosteringArrangements",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivateFosteringVisits_ArrangementId_Date",
                table: "PrivateFosteringVisits",
                columns: new[] { "ArrangementId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllegationCases");

            migrationBuilder.DropTable(
                name: "CaseAccessLog");

            migrationBuilder.DropTable(
                name: "PrivateFosteringVisits");

            migrationBuilder.DropTable(
                name: "PrivateFosteringArrangements");
        }
    }
}
