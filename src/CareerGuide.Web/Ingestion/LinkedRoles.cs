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
        var changed = db.Roles.Where(r => slugs.Contains(r.Slug));
        var ids = changed.Select(r => r.Id);
        var titles = changed.Select(r => r.Title);
        // One statement: roles the changed ones name (related slugs, ladder steps by title), and roles that name them.
        var found = await db.Set<RelatedRole>().Where(x => ids.Contains(x.RoleId)).Select(x => x.TargetSlug)
            .Union(db.Roles.Where(r => db.Set<RoleCareerStep>().Any(s => ids.Contains(s.RoleId) && s.Title == r.Title)).Select(r => r.Slug))
            .Union(db.Roles.Where(r => r.RelatedRoles.Any(x => slugs.Contains(x.TargetSlug)) || r.CareerSteps.Any(s => titles.Contains(s.Title))).Select(r => r.Slug))
            .ToListAsync(cancellationToken);
        return [.. found.Except(slugs, StringComparer.Ordinal)];
    }
}
