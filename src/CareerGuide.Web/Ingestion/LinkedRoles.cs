using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// The roles whose pages show one of the given roles as it is stored now: roles they name (related roles, ladder
/// steps) and roles that name them. A page already showing a role is tagged with it when it is cached; these are
/// the pages that could not be, because the link appeared only with this ingestion.
/// </summary>
public static class LinkedRoles
{
    public static async Task<IReadOnlyCollection<string>> AroundAsync(CareerGuideDbContext db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var changed = await db.Roles.AsNoTracking().Where(r => slugs.Contains(r.Slug)).Select(r => new { r.Id, r.Title }).ToListAsync(cancellationToken);
        var ids = changed.Select(r => r.Id).ToList();
        var titles = changed.Select(r => r.Title).Distinct(StringComparer.Ordinal).ToList();

        var named = await db.Set<RelatedRole>().Where(x => ids.Contains(x.RoleId)).Select(x => x.TargetSlug)
            .Union(db.Roles.Where(r => db.Set<RoleCareerStep>().Any(s => ids.Contains(s.RoleId) && s.Title == r.Title)).Select(r => r.Slug))
            .ToListAsync(cancellationToken);
        var naming = await db.Roles.Where(r => r.RelatedRoles.Any(x => slugs.Contains(x.TargetSlug)) || r.CareerSteps.Any(s => titles.Contains(s.Title)))
            .Select(r => r.Slug).ToListAsync(cancellationToken);
        return [.. named.Concat(naming).Except(slugs, StringComparer.Ordinal).Distinct(StringComparer.Ordinal)];
    }
}
