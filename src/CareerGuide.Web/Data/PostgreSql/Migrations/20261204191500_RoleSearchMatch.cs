using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(PostgreSqlDbContext))]
    [Migration("20261204191500_RoleSearchMatch")]
    public partial class RoleSearchMatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What a search matches and counts, beside the vectors it ranks (Search/PostgreSql/RoleSearchMatches): each
            // published role's words without positions, the words of its key columns (weights A and B) and of its naming
            // columns (A), and its filter values: a few hundred bytes in the row, the words out of line. A GIN index on each
            // set of words answers an unweighted tsquery exactly, so the heap is read without a recheck; on 10,000
            // generated guides the count of 'remote work' (9,472 roles) took 17 ms scanning the vectors, 3 ms here. No
            // statistics on the words: the planner then always takes the indexes, where with them it scanned the table and
            // read every row's words out of line (25 ms for that count). The vectors' own GIN index has nothing left to
            // answer and goes: it was as costly to keep at ingestion as the index on "Words".
            migrationBuilder.Sql("""
                CREATE TABLE "RoleSearchMatch" (
                    "RoleId" integer PRIMARY KEY REFERENCES "Roles" ("Id") ON DELETE CASCADE,
                    "Words" tsvector NOT NULL,
                    "KeyWords" tsvector NOT NULL,
                    "NameWords" tsvector NOT NULL,
                    "Category" text NOT NULL,
                    "EducationLevel" integer,
                    "MedianAmount" numeric,
                    "Soc" text);
                ALTER TABLE "RoleSearchMatch" ALTER COLUMN "Words" SET STATISTICS 0, ALTER COLUMN "KeyWords" SET STATISTICS 0,
                    ALTER COLUMN "NameWords" SET STATISTICS 0;
                CREATE INDEX "IX_RoleSearchMatch_Words" ON "RoleSearchMatch" USING GIN ("Words");
                CREATE INDEX "IX_RoleSearchMatch_KeyWords" ON "RoleSearchMatch" USING GIN ("KeyWords");
                CREATE INDEX "IX_RoleSearchMatch_NameWords" ON "RoleSearchMatch" USING GIN ("NameWords");
                INSERT INTO "RoleSearchMatch" ("RoleId", "Words", "KeyWords", "NameWords", "Category", "EducationLevel", "MedianAmount", "Soc")
                SELECT s."RoleId", strip(s."Vector"),
                       strip(ts_filter(s."Vector", ARRAY['A', 'B']::"char"[])), strip(ts_filter(s."Vector", ARRAY['A']::"char"[])),
                       r."Category", r."Facts_EducationLevel", r."Facts_MedianAmount", r."Facts_Soc"
                FROM "RoleSearch" s JOIN "Roles" r ON r."Id" = s."RoleId";
                DROP INDEX "IX_RoleSearch_Vector";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "RoleSearchMatch";
                CREATE INDEX "IX_RoleSearch_Vector" ON "RoleSearch" USING GIN ("Vector");
                """);
        }
    }
}
