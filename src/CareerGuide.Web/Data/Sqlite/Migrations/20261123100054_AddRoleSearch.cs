using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddRoleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Facts_EducationLevel",
                table: "Roles",
                type: "INTEGER",
                nullable: true);

            // Full-text index of the published text, one row per role (rowid = Roles.Id), kept in step by ingestion.
            // unicode61 without stemming keeps real words in the vocabulary, which did-you-mean suggests from.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE RoleSearch USING fts5(
                    title, aliases, summary, skills, responsibilities, faqs, body,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
                CREATE VIRTUAL TABLE RoleSearchTerms USING fts5vocab(RoleSearch, 'row');
                """);

            // Roles ingested before this migration have no search rows: make the next ingestion re-read every file.
            migrationBuilder.Sql("UPDATE Roles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE RoleSearchTerms; DROP TABLE RoleSearch;");

            migrationBuilder.DropColumn(
                name: "Facts_EducationLevel",
                table: "Roles");
        }
    }
}
