using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>Raw SQL only: it leaves the model as it was, so it carries no copy of the model as most migrations do.</summary>
    [DbContext(typeof(PostgreSqlDbContext))]
    [Migration("20261204200000_CompressedWithLz4")]
    public partial class CompressedWithLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The role documents (24 KB of JSON each) and the search vectors are compressed as PostgreSQL stores them, and
            // decompressed on every read: with lz4, several times faster both ways than the default pglz. A server built
            // without lz4 (or older than PostgreSQL 14) keeps pglz. Values already stored keep their compression until
            // they are written again.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                        ALTER TABLE "Roles" ALTER COLUMN "Document" SET COMPRESSION lz4;
                        ALTER TABLE "RoleSearch" ALTER COLUMN "Vector" SET COMPRESSION lz4;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression') THEN
                        ALTER TABLE "Roles" ALTER COLUMN "Document" SET COMPRESSION default;
                        ALTER TABLE "RoleSearch" ALTER COLUMN "Vector" SET COMPRESSION default;
                    END IF;
                END $$;
                """);
        }
    }
}
