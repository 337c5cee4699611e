using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerGuide.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RoleSearchVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One weighted tsvector per published role (Search/PostgreSql/RoleSearchVectors), gone with its role.
            migrationBuilder.Sql("""
                CREATE TABLE "RoleSearch" (
                    "RoleId" integer PRIMARY KEY REFERENCES "Roles" ("Id") ON DELETE CASCADE,
                    "Vector" tsvector NOT NULL);
                CREATE INDEX "IX_RoleSearch_Vector" ON "RoleSearch" USING GIN ("Vector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "RoleSearch";""");
        }
    }
}
