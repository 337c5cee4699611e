using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(CareerGuideDbContext))]
    [Migration("20261203183454_SearchFilterIndexRebuilt")]
    public partial class SearchFilterIndexRebuilt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // RoleDocuments dropped columns of Roles, which SQLite does by building the table anew from the model; the
            // search filters' covering index (SearchFilterIndex) is not in the model, so it went with the old table.
            // A migration of its own: EF Core rebuilds a table at the end of the migration that changes it.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS IX_Roles_SearchFilters ON Roles (Id, IsDraft, Category, Facts_EducationLevel, Facts_MedianAmount);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The index belongs to SearchFilterIndex, whose Down drops it.
        }
    }
}
