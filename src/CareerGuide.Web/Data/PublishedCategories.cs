using CareerGuide.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

/// <summary>
/// The categories of published roles with their counts, kept in memory between ingestions: every search and home
/// page shows them, and counting means reading every role. The list is kept with the version of the content it was
/// counted from (<see cref="CacheTags.Lists"/>, which every ingestion that changes a role advances).
/// </summary>
public sealed class PublishedCategories(ContentVersions versions)
{
    private volatile Counted? _counted;

    /// <summary>Every category, alphabetically, with its number of published roles.</summary>
    public async Task<IReadOnlyList<(string Name, int Count)>> GetAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        var version = versions.Of(CacheTags.Lists);
        if (_counted is { } counted && counted.Version == version)
        {
            return counted.Categories;
        }

        var rows = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).GroupBy(r => r.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        IReadOnlyList<(string Name, int Count)> fresh = [.. rows.Select(c => (c.Key, c.Count)).OrderBy(c => c.Key, StringComparer.Ordinal)];
        // A count read while an ingestion committed may be the old one: it answers this request but is not kept.
        if (versions.Of(CacheTags.Lists) == version)
        {
            _counted = new Counted(version, fresh);
        }

        return fresh;
    }

    private sealed record Counted(long Version, IReadOnlyList<(string Name, int Count)> Categories);
}
