using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>How many roles are stored, how many parts their documents hold, and how many rows point at no role.</summary>
public sealed record StoredRows(
    int Roles,
    int Sections,
    int SalaryLevels,
    int CareerSteps,
    int Faqs,
    int Sources,
    int Aliases,
    int RelatedRoles,
    int SearchRows,
    int Orphans)
{
    public static async Task<StoredRows> CountAsync(CareerGuideDbContext db)
    {
        var sql = db.Database.IsNpgsql() ? PostgreSql : Sqlite;
        var roleIds = db.Roles.Select(r => r.Id);
        var orphans = await db.Set<RoleAlias>().CountAsync(x => !roleIds.Contains(x.RoleId)) + await ScalarAsync(db, sql.OrphanSearchRows);
        return new StoredRows(
            await db.Roles.CountAsync(),
            await ScalarAsync(db, sql.Items("Sections")),
            await ScalarAsync(db, sql.Items("SalaryLevels")),
            await ScalarAsync(db, sql.Items("CareerSteps")),
            await ScalarAsync(db, sql.Items("Faqs")),
            await ScalarAsync(db, sql.Items("Sources")),
            await db.Set<RoleAlias>().CountAsync(),
            await ScalarAsync(db, sql.RelatedRoles),
            await ScalarAsync(db, sql.SearchRows),
            orphans);
    }

    private static readonly Counts Sqlite = new(
        "SELECT COUNT(*) AS Value FROM RoleSearch WHERE rowid NOT IN (SELECT Id FROM Roles)",
        "SELECT COALESCE(SUM(json_array_length(RelatedSlugs)), 0) AS Value FROM Roles",
        "SELECT COUNT(*) AS Value FROM RoleSearch",
        list => $"SELECT COALESCE(SUM(json_array_length(Document, '$.{list}')), 0) AS Value FROM Roles");

    private static readonly Counts PostgreSql = new(
        """SELECT COUNT(*)::integer AS "Value" FROM "RoleSearch" WHERE "RoleId" NOT IN (SELECT "Id" FROM "Roles")""",
        """SELECT COALESCE(SUM(cardinality("RelatedSlugs")), 0)::integer AS "Value" FROM "Roles" """,
        """SELECT COUNT(*)::integer AS "Value" FROM "RoleSearch" """,
        list => $"""SELECT COALESCE(SUM(jsonb_array_length("Document"::jsonb -> '{list}')), 0)::integer AS "Value" FROM "Roles" """);

    private static Task<int> ScalarAsync(CareerGuideDbContext db, string sql) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync();

    /// <summary>The counts each provider's SQL spells its own way; <c>Items</c> counts the items of one list of the stored documents, over every role.</summary>
    private sealed record Counts(string OrphanSearchRows, string RelatedRoles, string SearchRows, Func<string, string> Items);
}
