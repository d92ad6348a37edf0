using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.EntityFrameworkCore.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AllegationMadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluationOrStrategyMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferringAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferringSector = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EmployerSector = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    HarmedOrMayHaveHarmed = table.Column<bool>(type: "boolean", nullable: false),
                    PossibleCriminalOffence = table.Column<bool>(type: "boolean", nullable: false),
                    MayPoseRiskOfHarm = table.Column<bool>(type: "boolean", nullable: false),
                    MayNotBeSuitableToWorkWithChildren = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    IsExceptional = table.Column<bool>(type: "boolean", nullable: false),
                    ExceptionalDelayReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewBy = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllegationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Register = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivateFosteringArrangements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    IntendedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    CarerRelationship = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CarerTie = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CarerHasParentalResponsibility = table.Column<bool>(type: "boolean", nullable: false),
                    Setting = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CaredForInPersonalCapacity = table.Column<bool>(type: "boolean", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AuthorityAwareOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateFosteringArrangements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivateFosteringVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArrangementId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeenAlone = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateFosteringVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivateFosteringVisits_PrivateFosteringArrangements_Arrange~",
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
