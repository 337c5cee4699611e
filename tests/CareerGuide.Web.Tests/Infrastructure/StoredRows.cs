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
        var roleIds = db.Roles.Select(r => r.Id);
        var orphans = await db.Set<RoleAlias>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await ScalarAsync(db, "SELECT COUNT(*) AS Value FROM RoleSearch WHERE rowid NOT IN (SELECT Id FROM Roles)");
        return new StoredRows(
            await db.Roles.CountAsync(),
            await ItemsAsync(db, "Sections"),
            await ItemsAsync(db, "SalaryLevels"),
            await ItemsAsync(db, "CareerSteps"),
            await ItemsAsync(db, "Faqs"),
            await ItemsAsync(db, "Sources"),
            await db.Set<RoleAlias>().CountAsync(),
            await ScalarAsync(db, "SELECT COALESCE(SUM(json_array_length(RelatedSlugs)), 0) AS Value FROM Roles"),
            await ScalarAsync(db, "SELECT COUNT(*) AS Value FROM RoleSearch"),
            orphans);
    }

    /// <summary>How many items the stored documents hold in their list <paramref name="list"/>, over every role.</summary>
    private static Task<int> ItemsAsync(CareerGuideDbContext db, string list) =>
        ScalarAsync(db, $"SELECT COALESCE(SUM(json_array_length(Document, '$.{list}')), 0) AS Value FROM Roles");

    private static Task<int> ScalarAsync(CareerGuideDbContext db, string sql) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
