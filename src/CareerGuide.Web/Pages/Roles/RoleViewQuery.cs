using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>A role page's data: the role, and the published roles it connects to.</summary>
/// <param name="Role">The role itself.</param>
/// <param name="Related">Its related roles that are published.</param>
/// <param name="StepRoles">For career steps that have a guide of their own: step title to that role's slug.</param>
/// <param name="LeadsHere">Roles that list this one as related or as a step of their ladder.</param>
public sealed record RolePage(RoleView Role, IReadOnlyList<RoleLink> Related, IReadOnlyDictionary<string, string> StepRoles, IReadOnlyList<RoleLink> LeadsHere);

/// <summary>Loads a role page straight into its view model; shared by the public page, the editors' preview, the embed card, the job description and the API.</summary>
public static class RoleViewQuery
{
    public static async Task<RolePage?> LoadAsync(CareerGuideDbContext db, string slug, bool includeDrafts, CancellationToken cancellationToken)
    {
        // One connection and one moment of the database for all the page's queries: a role and its parts never come
        // from two sides of an ingestion, and the connection is set up once rather than per query.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var role = await RoleBySlug(db, slug, includeDrafts, cancellationToken);
        if (role is null)
        {
            return null;
        }

        // Links go only to published roles, even on a draft's preview.
        var published = db.Roles.AsNoTracking().Where(r => !r.IsDraft && r.Slug != slug);
        var titles = await published.Where(r => role.RelatedSlugs.Contains(r.Slug))
            .ToDictionaryAsync(r => r.Slug, r => r.Title, cancellationToken);
        var stepTitles = role.CareerSteps.Select(s => s.Title).ToList();
        var stepRoles = await published.Where(r => stepTitles.Contains(r.Title))
            .ToDictionaryAsync(r => r.Title, r => r.Slug, cancellationToken);
        // From the indexed link tables to the roles, not from every role to its links: the cost stays flat with the number of roles.
        var linkingHere = db.Set<RelatedRole>().Where(x => x.TargetSlug == slug).Select(x => x.RoleId)
            .Union(db.Set<RoleCareerStep>().Where(s => s.Title == role.Title).Select(s => s.RoleId));
        var leadsHere = await published.Where(r => linkingHere.Contains(r.Id))
            .OrderBy(r => r.Title).Select(r => new RoleLink(r.Slug, r.Title)).ToListAsync(cancellationToken);
        return new RolePage(role, [.. role.RelatedSlugs.Where(titles.ContainsKey).Select(s => new RoleLink(s, titles[s]))], stepRoles, leadsHere);
    }

    /// <summary>The published role alone, without the roles it links to: for the pages that show only the role itself.</summary>
    public static async Task<RoleView?> LoadRoleAsync(CareerGuideDbContext db, string slug, CancellationToken cancellationToken)
    {
        // The role's parts come from several statements (a split query): one snapshot keeps them on one side of an ingestion.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        return await RoleBySlug(db, slug, false, cancellationToken);
    }

    /// <summary>The current slug of the published role that lists <paramref name="alias"/> among its aliases.</summary>
    public static Task<string?> FindByAliasAsync(CareerGuideDbContext db, string alias, CancellationToken cancellationToken) =>
        SlugByAlias(db, alias, cancellationToken);

    // The queries every role page runs, compiled once: no expression tree to walk and look up on each request.
    private static readonly Func<CareerGuideDbContext, string, bool, CancellationToken, Task<RoleView?>> RoleBySlug =
        EF.CompileAsyncQuery((CareerGuideDbContext db, string slug, bool includeDrafts, CancellationToken _) =>
            db.Roles.AsNoTracking().Where(r => r.Slug == slug && (includeDrafts || !r.IsDraft)).Select(r => new RoleView
            {
                Slug = r.Slug,
                Title = r.Title,
                Summary = r.Summary,
                Category = r.Category,
                Updated = r.Updated,
                IsDraft = r.IsDraft,
                Facts = r.Facts,
                Industries = r.Industries,
                Skills = r.Skills,
                Tools = r.Tools,
                Sections = r.Sections.OrderBy(s => s.Position).Select(s => new SectionView(s.Anchor, s.Heading, s.Kind, s.Html, s.TrailingHtml, s.Text)).ToList(),
                SalaryLevels = r.SalaryLevels.OrderBy(s => s.Position).Select(s => new SalaryView(s.Level, s.Median, s.Average, s.Currency)).ToList(),
                CareerSteps = r.CareerSteps.OrderBy(s => s.Position).Select(s => new StepView(s.Anchor, s.Title, s.YearsText, s.DutiesHtml, s.FocusAreas)).ToList(),
                Faqs = r.Faqs.OrderBy(f => f.Position).Select(f => new FaqView(f.Anchor, f.Question, f.AnswerHtml, f.AnswerText)).ToList(),
                Sources = r.Sources.OrderBy(s => s.Position).Select(s => new SourceView(s.Name, s.Url, s.Date)).ToList(),
                RelatedSlugs = r.RelatedRoles.OrderBy(x => x.Position).Select(x => x.TargetSlug).ToList(),
            }).AsSplitQuery().SingleOrDefault());

    // From the alias's unique index to its role: asked as "which role has this alias", SQLite reads every role to
    // find out, which every 404 under /roles/ paid.
    private static readonly Func<CareerGuideDbContext, string, CancellationToken, Task<string?>> SlugByAlias =
        EF.CompileAsyncQuery((CareerGuideDbContext db, string alias, CancellationToken _) =>
            db.Set<RoleAlias>().Where(a => a.Slug == alias)
                .Join(db.Roles.Where(r => !r.IsDraft), a => a.RoleId, r => r.Id, (a, r) => r.Slug)
                .FirstOrDefault());
}
