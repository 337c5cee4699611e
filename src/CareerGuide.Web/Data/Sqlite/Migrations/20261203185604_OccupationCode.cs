using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OccupationCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Facts_Soc",
                table: "Roles",
                type: "TEXT",
                nullable: true);

            // Search filters by the code too, and reads every filter column from this covering index (SearchFilterIndex).
            migrationBuilder.Sql("DROP INDEX IX_Roles_SearchFilters;");
            migrationBuilder.Sql("CREATE INDEX IX_Roles_SearchFilters ON Roles (Id, IsDraft, Category, Facts_EducationLevel, Facts_MedianAmount, Facts_Soc);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IX_Roles_SearchFilters;");
            migrationBuilder.Sql("CREATE INDEX IX_Roles_SearchFilters ON Roles (Id, IsDraft, Category, Facts_EducationLevel, Facts_MedianAmount);");
            migrationBuilder.DropColumn(
                name: "Facts_Soc",
                table: "Roles");
        }
    }
}
