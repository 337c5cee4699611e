using CareerGuide.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

/// <summary>
/// The categories of published roles with their counts, kept in memory between ingestions (<see cref="ListsCache{T}"/>):
/// every search and home page shows them, and counting means reading every role.
/// </summary>
public sealed class PublishedCategories(ContentVersions versions)
{
    private readonly ListsCache<IReadOnlyList<(string Name, int Count)>> _counted = new(versions);

    /// <summary>Every category, alphabetically, with its number of published roles.</summary>
    public Task<IReadOnlyList<(string Name, int Count)>> GetAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        _counted.GetAsync(async () =>
        {
            var rows = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).GroupBy(r => r.Category)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            return (IReadOnlyList<(string Name, int Count)>)[.. rows.Select(c => (c.Key, c.Count)).OrderBy(c => c.Key, StringComparer.Ordinal)];
        });
}
