using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Formatting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Editor;

public sealed class IndexModel(CareerGuideDbContext db, Freshness freshness) : PageModel
{
    /// <summary>One guide file: what the last ingestion made of it, and the version the site serves, if any.</summary>
    public sealed record GuideRow(string Path, string State, string? Title, List<string> Diagnostics, DateTimeOffset CheckedAt, ServedVersion? Served);

    public sealed record ServedVersion(string Slug, string Title, bool IsDraft, DateTimeOffset IngestedAt);

    /// <summary>A figure whose source is undated or holds data older than <c>Content:StaleAfterYears</c>.</summary>
    public sealed record AgedFigure(string Slug, string Title, bool IsDraft, string Figure, SourceRef Source, bool Stale);

    public IReadOnlyList<GuideRow> Guides { get; private set; } = [];

    public IReadOnlyList<AgedFigure> AgedFigures { get; private set; } = [];

    public int StaleAfterYears => freshness.StaleAfterYears;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var served = await db.Roles.AsNoTracking()
            .Select(r => new { r.SourcePath, Version = new ServedVersion(r.Slug, r.Title, r.IsDraft, r.IngestedAt) })
            .ToDictionaryAsync(r => r.SourcePath, r => r.Version, StringComparer.Ordinal, cancellationToken);
        var statuses = await db.GuideStatuses.AsNoTracking().OrderBy(s => s.Path).ToListAsync(cancellationToken);
        Guides = [.. statuses.Select(s => new GuideRow(s.Path, s.State, s.Title, s.Diagnostics, s.CheckedAt, served.GetValueOrDefault(s.Path)))];
        // One document at a time: read into a list first, the documents of 10,000 guides held a gigabyte of memory.
        var aged = new List<AgedFigure>();
        await foreach (var role in db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title, r.IsDraft, r.Document }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            aged.AddRange(
                from figure in role.Document.CitedFigures()
                let source = role.Document.SourceOf(figure.SourceId)
                where source is not null
                let stale = freshness.IsStale(source)
                where stale || source.Date is null or CareerGuide.Content.FrontMatter.SourceDate.Undated
                select new AgedFigure(role.Slug, role.Title, role.IsDraft, figure.Figure, source, stale));
        }

        AgedFigures = aged;
    }
}
