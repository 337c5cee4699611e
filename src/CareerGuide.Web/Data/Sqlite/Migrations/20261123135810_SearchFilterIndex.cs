using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(CareerGuideDbContext))]
    [Migration("20261123135810_SearchFilterIndex")]
    public partial class SearchFilterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search joins every row a match finds to its role, for the draft flag and the filters. Read from the
            // wide role rows that costs several times the matching itself; from this narrow covering index it does not.
            // Raw SQL: the index mixes the role's own columns with those of its Facts complex property.
            migrationBuilder.Sql("CREATE INDEX IX_Roles_SearchFilters ON Roles (Id, IsDraft, Category, Facts_EducationLevel, Facts_MedianAmount);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IX_Roles_SearchFilters;");
        }
    }
}
