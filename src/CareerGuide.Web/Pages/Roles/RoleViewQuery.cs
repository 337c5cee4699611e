using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>What every page about one role reads: the role's row, its document and the links resolved at ingestion.</summary>
public sealed record RolePage(string Slug, string Title, string Summary, string Category, DateOnly Updated, bool IsDraft, RoleDocument Document, RoleLinks Links);

/// <summary>Loads a role for the public page, the editors' preview, the embed card, the job description and the API.</summary>
public static class RoleViewQuery
{
    /// <summary>The role at <paramref name="slug"/>: one row by its unique index, everything the page shows in it.</summary>
    public static Task<RolePage?> LoadAsync(CareerGuideDbContext db, string slug, bool includeDrafts, CancellationToken cancellationToken) =>
        RoleBySlug(db, slug, includeDrafts, cancellationToken);

    /// <summary>The current slug of the published role that lists <paramref name="alias"/> among its aliases.</summary>
    public static Task<string?> FindByAliasAsync(CareerGuideDbContext db, string alias, CancellationToken cancellationToken) =>
        SlugByAlias(db, alias, cancellationToken);

    // Compiled once: no expression tree to walk and look up on each request.
    private static readonly Func<CareerGuideDbContext, string, bool, CancellationToken, Task<RolePage?>> RoleBySlug =
        EF.CompileAsyncQuery((CareerGuideDbContext db, string slug, bool includeDrafts, CancellationToken _) =>
            db.Roles.AsNoTracking().Where(r => r.Slug == slug && (includeDrafts || !r.IsDraft))
                .Select(r => new RolePage(r.Slug, r.Title, r.Summary, r.Category, r.Updated, r.IsDraft, r.Document, r.Links))
                .SingleOrDefault());

    // From the alias's unique index to its role: asked as "which role has this alias", SQLite reads every role to
    // find out, which every 404 under /roles/ paid.
    private static readonly Func<CareerGuideDbContext, string, CancellationToken, Task<string?>> SlugByAlias =
        EF.CompileAsyncQuery((CareerGuideDbContext db, string alias, CancellationToken _) =>
            db.Set<RoleAlias>().Where(a => a.Slug == alias)
                .Join(db.Roles.Where(r => !r.IsDraft), a => a.RoleId, r => r.Id, (a, r) => r.Slug)
                .FirstOrDefault());
}
