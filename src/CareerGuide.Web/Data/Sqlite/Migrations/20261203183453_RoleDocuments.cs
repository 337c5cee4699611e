using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RoleDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A role's parts now live in its document, which only ingestion builds from the guide. The roles stored
            // by earlier versions go, and the next ingestion (at start-up, or the ingest verb) writes them anew.
            migrationBuilder.Sql("DELETE FROM RoleSearch;");
            migrationBuilder.Sql("DELETE FROM Roles;");

            migrationBuilder.DropTable(
                name: "RelatedRole");

            migrationBuilder.DropTable(
                name: "RoleCareerStep");

            migrationBuilder.DropTable(
                name: "RoleFaq");

            migrationBuilder.DropTable(
                name: "RoleSalaryLevel");

            migrationBuilder.DropTable(
                name: "RoleSection");

            migrationBuilder.DropTable(
                name: "RoleSource");

            migrationBuilder.DropIndex(
                name: "IX_Roles_Title",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_AnnualOpenings",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_Education",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_Experience",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_GrowthPeriod",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_GrowthSource",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_MedianSource",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_OpeningsSource",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_RangeCurrency",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_RangeHigh",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_RangeLow",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Facts_RangeSource",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "Tools",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "StepTitles",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "RelatedSlugs",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.DropColumn(
                name: "Industries",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "Links",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Document",
                table: "Roles");

            migrationBuilder.DropColumn(
                name: "StepTitles",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "Tools",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.DropColumn(
                name: "RelatedSlugs",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.DropColumn(
                name: "Links",
                table: "Roles");

            migrationBuilder.AddColumn<string>(
                name: "Industries",
                table: "Roles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Facts_AnnualOpenings",
                table: "Roles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_Education",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_Experience",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_GrowthPeriod",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_GrowthSource",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_MedianSource",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_OpeningsSource",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_RangeCurrency",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Facts_RangeHigh",
                table: "Roles",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Facts_RangeLow",
                table: "Roles",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts_RangeSource",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RelatedRole",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetSlug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedRole", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedRole_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleCareerStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    DutiesHtml = table.Column<string>(type: "TEXT", nullable: false),
                    FocusAreas = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    YearsMax = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsMin = table.Column<int>(type: "INTEGER", nullable: false),
                    YearsText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleCareerStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleCareerStep_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleFaq",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerHtml = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerText = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleFaq", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleFaq_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleSalaryLevel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Average = table.Column<double>(type: "REAL", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    Median = table.Column<double>(type: "REAL", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSalaryLevel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleSalaryLevel_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleSection",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TrailingHtml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleSection_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleSource",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleSource", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleSource_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Title",
                table: "Roles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedRole_RoleId",
                table: "RelatedRole",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedRole_TargetSlug",
                table: "RelatedRole",
                column: "TargetSlug");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCareerStep_RoleId",
                table: "RoleCareerStep",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCareerStep_Title",
                table: "RoleCareerStep",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_RoleFaq_RoleId",
                table: "RoleFaq",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSalaryLevel_RoleId",
                table: "RoleSalaryLevel",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSection_RoleId",
                table: "RoleSection",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleSource_RoleId",
                table: "RoleSource",
                column: "RoleId");
        }
    }
}
