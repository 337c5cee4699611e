using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(CareerGuideDbContext))]
    [Migration("20261123143000_ContentlessSearch")]
    public partial class ContentlessSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search table kept its own copy of every guide's text, a quarter of the database, which ingestion
            // wrote twice over (log, then file). Search needs only the index: its snippets come from the role's
            // sections. contentless_delete keeps rows deletable by rowid.
            migrationBuilder.Sql(RoleSearchTable(", content = '', contentless_delete = 1"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RoleSearchTable(""));
        }

        /// <summary>Recreates the search table with the given extra options; the next ingestion re-reads every file to fill it.</summary>
        private static string RoleSearchTable(string options) => $"""
            DROP TABLE RoleSearchTerms;
            DROP TABLE RoleSearch;
            CREATE VIRTUAL TABLE RoleSearch USING fts5(
                title, aliases, summary, skills, responsibilities, faqs, body,
                tokenize = 'unicode61 remove_diacritics 2'{options});
            CREATE VIRTUAL TABLE RoleSearchTerms USING fts5vocab(RoleSearch, 'row');
            UPDATE Roles SET ContentHash = '';
            """;
    }
}
