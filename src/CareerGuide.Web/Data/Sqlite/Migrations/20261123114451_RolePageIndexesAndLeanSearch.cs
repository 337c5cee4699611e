using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RolePageIndexesAndLeanSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Roles_Title",
                table: "Roles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCareerStep_Title",
                table: "RoleCareerStep",
                column: "Title");

            // The extra prefix indexes made every ingestion write the search index four times over, for queries that
            // a range scan of FTS5's sorted term list answers quickly anyway: "troublesh*" needs no prefix index.
            migrationBuilder.Sql(RoleSearchTable("tokenize = 'unicode61 remove_diacritics 2'"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Roles_Title",
                table: "Roles");

            migrationBuilder.DropIndex(
                name: "IX_RoleCareerStep_Title",
                table: "RoleCareerStep");

            migrationBuilder.Sql(RoleSearchTable("tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'"));
        }

        /// <summary>Recreates the search table with the given options; the next ingestion re-reads every file to fill it.</summary>
        private static string RoleSearchTable(string options) => $"""
            DROP TABLE RoleSearchTerms;
            DROP TABLE RoleSearch;
            CREATE VIRTUAL TABLE RoleSearch USING fts5(
                title, aliases, summary, skills, responsibilities, faqs, body,
                {options});
            CREATE VIRTUAL TABLE RoleSearchTerms USING fts5vocab(RoleSearch, 'row');
            UPDATE Roles SET ContentHash = '';
            """;
    }
}
