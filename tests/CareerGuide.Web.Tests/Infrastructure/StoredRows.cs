using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>How many rows each table holds, and how many child rows point at no role.</summary>
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
        var orphans = await db.Set<RoleSection>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RoleSalaryLevel>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RoleCareerStep>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RoleFaq>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RoleSource>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RoleAlias>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await db.Set<RelatedRole>().CountAsync(x => !roleIds.Contains(x.RoleId))
            + await ScalarAsync(db, "SELECT COUNT(*) AS Value FROM RoleSearch WHERE rowid NOT IN (SELECT Id FROM Roles)");
        return new StoredRows(
            await db.Roles.CountAsync(),
            await db.Set<RoleSection>().CountAsync(),
            await db.Set<RoleSalaryLevel>().CountAsync(),
            await db.Set<RoleCareerStep>().CountAsync(),
            await db.Set<RoleFaq>().CountAsync(),
            await db.Set<RoleSource>().CountAsync(),
            await db.Set<RoleAlias>().CountAsync(),
            await db.Set<RelatedRole>().CountAsync(),
            await ScalarAsync(db, "SELECT COUNT(*) AS Value FROM RoleSearch"),
            orphans);
    }

    private static Task<int> ScalarAsync(CareerGuideDbContext db, string sql) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
