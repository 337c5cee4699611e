using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages;

public sealed class IndexModel(CareerGuideDbContext db) : PageModel
{
    public sealed record RoleListItem(string Slug, string Title, string Summary, string Category, decimal? Median, string? Currency, string? Per, decimal? Growth, string? Outlook);

    /// <summary>The orders the role list offers; anything else in the URL falls back to title.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["title"] = "Title",
        ["salary"] = "Median salary, highest first",
        ["growth"] = "Growth, fastest first",
    };

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public IReadOnlyList<IGrouping<string, RoleListItem>> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sort = Sort is not null && Sorts.ContainsKey(Sort) ? Sort : "title";
        var roles = db.Roles.AsNoTracking().Where(r => !r.IsDraft);
        var ordered = Sort switch
        {
            "salary" => roles.OrderBy(r => r.Facts.MedianAmount == null).ThenByDescending(r => r.Facts.MedianAmount),
            "growth" => roles.OrderBy(r => r.Facts.GrowthPercent == null).ThenByDescending(r => r.Facts.GrowthPercent),
            _ => roles.OrderBy(r => r.Title),
        };
        var list = await ordered.ThenBy(r => r.Title)
            .Select(r => new RoleListItem(r.Slug, r.Title, r.Summary, r.Category, r.Facts.MedianAmount, r.Facts.MedianCurrency, r.Facts.MedianPer, r.Facts.GrowthPercent, r.Facts.GrowthOutlook))
            .ToListAsync(cancellationToken);
        // GroupBy keeps the chosen order inside each category; categories themselves go alphabetically.
        Categories = [.. list.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal)];
    }
}
