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
        // From the statuses, whose figures are those of the version served: reading every role's document was the whole cost of a view.
        AgedFigures =
        [
            .. from status in statuses.Where(s => served.ContainsKey(s.Path)).OrderBy(s => served[s.Path].Title, StringComparer.Ordinal)
               let role = served[status.Path]
               from figure in status.Figures.All
               let stale = freshness.IsStale(figure.Source)
               where stale || figure.Source.Date is null or CareerGuide.Content.FrontMatter.SourceDate.Undated
               select new AgedFigure(role.Slug, role.Title, role.IsDraft, figure.Figure, figure.Source, stale),
        ];
    }
}
