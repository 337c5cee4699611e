using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Editor;

public sealed class IndexModel(CareerGuideDbContext db) : PageModel
{
    /// <summary>One guide file: what the last ingestion made of it, and the version the site serves, if any.</summary>
    public sealed record GuideRow(string Path, string State, string? Title, List<string> Diagnostics, DateTimeOffset CheckedAt, ServedVersion? Served);

    public sealed record ServedVersion(string Slug, string Title, bool IsDraft, DateTimeOffset IngestedAt);

    public IReadOnlyList<GuideRow> Guides { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var served = await db.Roles.AsNoTracking()
            .Select(r => new { r.SourcePath, Version = new ServedVersion(r.Slug, r.Title, r.IsDraft, r.IngestedAt) })
            .ToDictionaryAsync(r => r.SourcePath, r => r.Version, StringComparer.Ordinal, cancellationToken);
        var statuses = await db.GuideStatuses.AsNoTracking().OrderBy(s => s.Path).ToListAsync(cancellationToken);
        Guides = [.. statuses.Select(s => new GuideRow(s.Path, s.State, s.Title, s.Diagnostics, s.CheckedAt, served.GetValueOrDefault(s.Path)))];
    }
}
