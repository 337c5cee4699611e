using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(CareerGuideDbContext))]
    [Migration("20261203160000_DraftsOutOfSearch")]
    public partial class DraftsOutOfSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Drafts are no longer indexed: their words reached the public through "did you mean". Ingestion writes
            // no search row for a draft from now on; this removes the rows written before.
            migrationBuilder.Sql("DELETE FROM RoleSearch WHERE rowid IN (SELECT Id FROM Roles WHERE IsDraft = 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to put back: a draft's row is written again only if it is re-indexed, which this version never does.
        }
    }
}
