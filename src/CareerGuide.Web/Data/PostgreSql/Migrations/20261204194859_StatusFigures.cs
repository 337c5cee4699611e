using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>Each file's status keeps the figures its guide cites, for the editor's list of stale and undated figures.</summary>
    public partial class StatusFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Figures",
                table: "GuideStatuses",
                type: "text",
                nullable: false,
                defaultValue: """{"All":[]}""");

            // Every file is read again by the next ingestion, so that every status gets the figures of its guide.
            migrationBuilder.Sql("""UPDATE "Roles" SET "ContentHash" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Figures",
                table: "GuideStatuses");
        }
    }
}
