using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(PostgreSqlDbContext))]
    [Migration("20261204042832_PublishedWords")]
    public partial class PublishedWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The words of published roles with how many search rows have each (Search/PostgreSql/PublishedWords), for
            // "did you mean" by trigram similarity; filled here from the search rows already written. pg_trgm ships with
            // PostgreSQL and is a trusted extension: the database's owner may create it.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE "SearchWords" (
                    "Word" text PRIMARY KEY,
                    "Roles" integer NOT NULL);
                CREATE INDEX "IX_SearchWords_Trigrams" ON "SearchWords" USING GIN ("Word" gin_trgm_ops);
                INSERT INTO "SearchWords" ("Word", "Roles") SELECT word, ndoc FROM ts_stat('SELECT "Vector" FROM "RoleSearch"');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The extension stays: other schemas of the database may use it.
            migrationBuilder.Sql("""DROP TABLE "SearchWords";""");
        }
    }
}
