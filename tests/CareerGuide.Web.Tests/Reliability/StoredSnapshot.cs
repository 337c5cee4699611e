using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// Every row ingestion writes, reduced to what would change if it were written again (ids, hashes, times),
/// so the database at two moments can be compared.
/// </summary>
public sealed class StoredSnapshot
{
    private StoredSnapshot(StoredRows rows, IReadOnlyList<string> roles, IReadOnlyList<string> statuses, IReadOnlyList<string> slugHistory) =>
        (Rows, Roles, Statuses, SlugHistory) = (rows, roles, statuses, slugHistory);

    public StoredRows Rows { get; }

    public IReadOnlyList<string> Roles { get; }

    public IReadOnlyList<string> Statuses { get; }

    public IReadOnlyList<string> SlugHistory { get; }

    public static Task<StoredSnapshot> TakeAsync(CareerGuideFactory site) => site.QueryAsync(async db =>
    {
        var roles = await db.Roles.OrderBy(r => r.Id).Select(r => new { r.Id, r.Slug, r.Title, r.ContentHash, r.IngestedAt }).ToListAsync();
        var statuses = await db.GuideStatuses.OrderBy(s => s.Path).Select(s => new { s.Path, s.State, s.Slug, s.CheckedAt }).ToListAsync();
        var history = await db.SlugHistory.OrderBy(s => s.Slug).Select(s => new { s.Slug, s.Path }).ToListAsync();
        return new StoredSnapshot(
            await StoredRows.CountAsync(db),
            [.. roles.Select(r => $"{r.Id} {r.Slug} {r.Title} {r.ContentHash} {r.IngestedAt:O}")],
            [.. statuses.Select(s => $"{s.Path} {s.State} {s.Slug} {s.CheckedAt:O}")],
            [.. history.Select(s => $"{s.Slug} {s.Path}")]);
    });

    public void AssertSameAs(StoredSnapshot expected)
    {
        Assert.Equal(expected.Rows, Rows);
        Assert.Equal(expected.Roles, Roles);
        Assert.Equal(expected.Statuses, Statuses);
        Assert.Equal(expected.SlugHistory, SlugHistory);
    }
}
