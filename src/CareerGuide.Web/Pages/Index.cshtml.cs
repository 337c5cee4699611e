using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages;

public sealed class IndexModel(CareerGuideDbContext db) : PageModel
{
    public sealed record RoleListItem(string Slug, string Title, string Summary, string Category, decimal? Median, string? Currency, string? Per, decimal? Growth, string? Outlook);

    public IReadOnlyList<IGrouping<string, RoleListItem>> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .Where(r => !r.IsDraft)
            .OrderBy(r => r.Category).ThenBy(r => r.Title)
            .Select(r => new RoleListItem(r.Slug, r.Title, r.Summary, r.Category, r.Facts.MedianAmount, r.Facts.MedianCurrency, r.Facts.MedianPer, r.Facts.GrowthPercent, r.Facts.GrowthOutlook))
            .ToListAsync(cancellationToken);
        Categories = [.. roles.GroupBy(r => r.Category)];
    }
}
