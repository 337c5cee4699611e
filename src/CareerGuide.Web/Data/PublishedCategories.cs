using CareerGuide.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

/// <summary>
/// The categories of published roles with their counts, kept in memory between ingestions: every search and home
/// page shows them, and counting means reading every role.
/// </summary>
public sealed class PublishedCategories : IContentChangeListener
{
    private volatile IReadOnlyList<(string Name, int Count)>? _categories;
    private int _version;

    /// <summary>Every category, alphabetically, with its number of published roles.</summary>
    public async Task<IReadOnlyList<(string Name, int Count)>> GetAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        if (_categories is { } categories)
        {
            return categories;
        }

        var version = Volatile.Read(ref _version);
        var counted = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).GroupBy(r => r.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        IReadOnlyList<(string Name, int Count)> fresh = [.. counted.Select(c => (c.Key, c.Count)).OrderBy(c => c.Key, StringComparer.Ordinal)];
        // A count read while an ingestion committed may be the old one: it answers this request but is not kept.
        if (Volatile.Read(ref _version) == version)
        {
            _categories = fresh;
        }

        return fresh;
    }

    public Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _version);
        _categories = null;
        return Task.CompletedTask;
    }
}
