using System.Text.Json;
using CareerGuide.Content.Values;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Resolves every role's <see cref="RoleLinks"/> against the roles stored now, inside ingestion's transaction, and
/// rewrites those that changed. Resolving all of them, not only the neighbours of what changed, keeps no rule about
/// which pages a change can reach: a title edited, a role published or withdrawn shows on exactly the pages that name
/// it, and those are the pages whose cached copies must go.
/// </summary>
public static class RoleLinksResolver
{
    /// <summary>Rewrites the links that changed; returns the slugs of the roles whose links did.</summary>
    public static async Task<IReadOnlyCollection<string>> ResolveAsync(CareerGuideDbContext db, IGuideStore store, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new Named(r.Id, r.Slug, r.Title, r.IsDraft, r.RelatedSlugs, r.StepTitles, r.Links))
            .ToListAsync(cancellationToken);
        var published = roles.Where(r => !r.IsDraft).ToList();
        var titleOf = published.ToDictionary(r => r.Slug, r => r.Title, StringComparer.Ordinal);
        // Two published roles may share a title; a step then links to one of them, the same one on every run.
        var slugOfTitle = published.OrderBy(r => r.Slug, StringComparer.Ordinal).GroupBy(r => r.Title, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);
        // A step may also name a role by another of its titles ("Senior Customer Service Specialist" for the guide that
        // covers every rung of that job), which the guide lists among its aliases.
        var slugOfAlias = await db.Aliases.AsNoTracking()
            .Join(db.Roles.Where(r => !r.IsDraft), a => a.RoleId, r => r.Id, (a, r) => new { Alias = a.Slug, r.Slug })
            .ToDictionaryAsync(a => a.Alias, a => a.Slug, StringComparer.Ordinal, cancellationToken);
        var slugOf = published.SelectMany(r => r.StepTitles).Distinct(StringComparer.Ordinal)
            .Select(title => (Title: title, Slug: slugOfTitle.GetValueOrDefault(title) ?? slugOfAlias.GetValueOrDefault(Slug.FromText(title))))
            .Where(step => step.Slug is not null)
            .ToDictionary(step => step.Title, step => step.Slug!, StringComparer.Ordinal);
        var leadingTo = published
            .SelectMany(from => from.RelatedSlugs.Concat(from.StepTitles.Where(slugOf.ContainsKey).Select(title => slugOf[title]))
                .Distinct(StringComparer.Ordinal).Select(to => (To: to, From: from)))
            .ToLookup(link => link.To, link => link.From, StringComparer.Ordinal);

        List<(int RoleId, string LinksJson)> rewritten = [];
        List<string> changed = [];
        foreach (var role in roles)
        {
            var links = new RoleLinks(
                [.. role.RelatedSlugs.Where(slug => slug != role.Slug && titleOf.ContainsKey(slug)).Distinct(StringComparer.Ordinal).Select(slug => new LinkedRole(slug, titleOf[slug]))],
                role.StepTitles.Where(title => slugOf.TryGetValue(title, out var slug) && slug != role.Slug).Distinct(StringComparer.Ordinal)
                    .ToDictionary(title => title, title => slugOf[title], StringComparer.Ordinal),
                [.. leadingTo[role.Slug].Where(from => from.Slug != role.Slug).Select(from => new LinkedRole(from.Slug, from.Title))
                    .Distinct().OrderBy(from => from.Title, StringComparer.Ordinal)]);
            var json = JsonSerializer.Serialize(links, RoleJson.Default.RoleLinks);
            if (json != JsonSerializer.Serialize(role.Links, RoleJson.Default.RoleLinks))
            {
                rewritten.Add((role.Id, json));
                changed.Add(role.Slug);
            }
        }

        await store.RewriteLinksAsync(db, rewritten, cancellationToken);
        return changed;
    }

    private sealed record Named(int Id, string Slug, string Title, bool IsDraft, List<string> RelatedSlugs, List<string> StepTitles, RoleLinks Links);
}
