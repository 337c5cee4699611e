using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// Rebuilds Roles with its two large columns, Links and Document, at the end of the row. SQLite stores the part of
    /// a row that does not fit its page on a chain of overflow pages, and reading any column that comes after a 24 KB
    /// document walks that whole chain: every list of roles, the search hits and each ingestion's look at the stored
    /// hashes read about six pages per role instead of one. EF Core has no way to say "last" for a column (an explicit
    /// order puts a column first), so this is raw SQL in the shape of EF Core's own SQLite table rebuild, and the
    /// model is left as it was. A later migration that rebuilds Roles must keep this order: a test checks it.
    /// </summary>
    [DbContext(typeof(CareerGuideDbContext))]
    [Migration("20261204013300_LargeColumnsLast")]
    public partial class LargeColumnsLast : Migration
    {
        // Every column but the two large ones, in the order the table had them.
        private const string SmallColumns =
            "\"Id\", \"Category\", \"ContentHash\", \"Facts_EducationLevel\", \"Facts_GrowthOutlook\", \"Facts_GrowthPercent\", " +
            "\"Facts_MedianAmount\", \"Facts_MedianCurrency\", \"Facts_MedianPer\", \"Facts_Soc\", \"IngestedAt\", \"IsDraft\", " +
            "\"RelatedSlugs\", \"Slug\", \"SourcePath\", \"StepTitles\", \"Summary\", \"Title\", \"Updated\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Roles" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY AUTOINCREMENT,
                    "Category" TEXT NOT NULL,
                    "ContentHash" TEXT NOT NULL,
                    "Facts_EducationLevel" INTEGER NULL,
                    "Facts_GrowthOutlook" TEXT NULL,
                    "Facts_GrowthPercent" REAL NULL,
                    "Facts_MedianAmount" REAL NULL,
                    "Facts_MedianCurrency" TEXT NULL,
                    "Facts_MedianPer" TEXT NULL,
                    "Facts_Soc" TEXT NULL,
                    "IngestedAt" TEXT NOT NULL,
                    "IsDraft" INTEGER NOT NULL,
                    "RelatedSlugs" TEXT NOT NULL,
                    "Slug" TEXT NOT NULL,
                    "SourcePath" TEXT NOT NULL,
                    "StepTitles" TEXT NOT NULL,
                    "Summary" TEXT NOT NULL,
                    "Title" TEXT NOT NULL,
                    "Updated" TEXT NOT NULL,
                    "Links" TEXT NOT NULL,
                    "Document" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql($"""INSERT INTO "ef_temp_Roles" ({SmallColumns}, "Links", "Document") SELECT {SmallColumns}, "Links", "Document" FROM "Roles";""");

            // Aliases refers to Roles: with foreign keys on, dropping Roles would delete every alias with it.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""DROP TABLE "Roles";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Roles" RENAME TO "Roles";""");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);

            migrationBuilder.Sql("""CREATE INDEX "IX_Roles_Category" ON "Roles" ("Category");""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Roles_Slug" ON "Roles" ("Slug");""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Roles_SourcePath" ON "Roles" ("SourcePath");""");
            // The covering index of the search filters (OccupationCode), which EF Core's model does not know about.
            migrationBuilder.Sql("CREATE INDEX IX_Roles_SearchFilters ON Roles (Id, IsDraft, Category, Facts_EducationLevel, Facts_MedianAmount, Facts_Soc);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the earlier model reads the same columns by name, in whatever order the table has them.
        }
    }
}
