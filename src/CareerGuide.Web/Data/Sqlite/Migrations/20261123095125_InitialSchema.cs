using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuideStatuses",
                columns: table => new
                {
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Diagnostics = table.Column<string>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuideStatuses", x => x.Path);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsDraft = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Industries = table.Column<string>(type: "TEXT", nullable: false),
                    Facts_AnnualOpenings = table.Column<int>(type: "INTEGER", nullable: true),
                    Facts_Education = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_Experience = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_GrowthOutlook = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_GrowthPercent = table.Column<double>(type: "REAL", nullable: true),
                    Facts_GrowthPeriod = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_GrowthSource = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_MedianAmount = table.Column<double>(type: "REAL", nullable: true),
                    Facts_MedianCurrency = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_MedianPer = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_MedianSource = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_OpeningsSource = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_RangeCurrency = table.Column<string>(type: "TEXT", nullable: true),
                    Facts_RangeHigh = table.Column<double>(type: "REAL", nullable: true),
                    Facts_RangeLow = table.Column<double>(type: "REAL", nullable: true),
                    Facts_RangeSource = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugHistory",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugHistory", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Aliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aliases_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedRole",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
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
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    YearsMin = table.Column<int>(type: "INTEGER", nullable: false),
                    YearsMax = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsText = table.Column<string>(type: "TEXT", nullable: false),
                    DutiesHtml = table.Column<string>(type: "TEXT", nullable: false),
                    FocusAreas = table.Column<string>(type: "TEXT", nullable: false)
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
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerHtml = table.Column<string>(type: "TEXT", nullable: false)
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
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    Median = table.Column<double>(type: "REAL", nullable: false),
                    Average = table.Column<double>(type: "REAL", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", nullable: false)
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
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
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
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Date = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "IX_Aliases_RoleId",
                table: "Aliases",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Aliases_Slug",
                table: "Aliases",
                column: "Slug",
                unique: true);

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
                name: "IX_RoleFaq_RoleId",
                table: "RoleFaq",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Category",
                table: "Roles",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_Slug",
                table: "Roles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Roles_SourcePath",
                table: "Roles",
                column: "SourcePath",
                unique: true);

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aliases");

            migrationBuilder.DropTable(
                name: "GuideStatuses");

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

            migrationBuilder.DropTable(
                name: "SlugHistory");

            migrationBuilder.DropTable(
                name: "Roles");
        }
    }
}
