using System.ComponentModel.DataAnnotations;
using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages;

public sealed class IndexModel(CareerGuideDbContext db, IReadSnapshots snapshots, PublishedCategories categories, SiteLinks links) : PageModel
{
    /// <summary>Roles shown under each category on the home page; the rest are one link away, so the page stays small with thousands of roles.</summary>
    public const int RolesPerCategoryOnHome = 12;

    /// <summary>Roles per page when one category is listed whole.</summary>
    public const int RolesPerPage = 60;

    public sealed record RoleListItem(string Slug, string Title, string Summary, string Category, decimal? Median, string? Currency, PayPeriod? Per, decimal? Growth, string? Outlook);

    /// <summary>A category with its number of published roles and the ones shown here.</summary>
    public sealed record CategoryList(string Name, int Count, IReadOnlyList<RoleListItem> Roles);

    /// <summary>The orders the role list offers; anything else in the URL falls back to title.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["title"] = "Title",
        ["salary"] = "Median salary, highest first",
        ["growth"] = "Growth, fastest first",
    };

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>When set, the page lists this category alone, all of it, a page at a time.</summary>
    [BindProperty(SupportsGet = true)]
    [StringLength(100)]
    public string? Category { get; set; }

    // Not "page": Razor Pages keeps that route value for the page's own name.
    [BindProperty(SupportsGet = true, Name = "p")]
    [Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Every category with its count, alphabetically: the navigation.</summary>
    public IReadOnlyList<(string Name, int Count)> AllCategories { get; private set; } = [];

    public IReadOnlyList<CategoryList> Categories { get; private set; } = [];

    /// <summary>The pages of the chosen category; none on the home page itself.</summary>
    public Pager? Pages { get; private set; }

    /// <summary>The page listing all of <paramref name="category"/>, in the current order.</summary>
    public string CategoryAddress(string category) => links.Category(category, Sort);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        Sort = Sort is not null && Sorts.ContainsKey(Sort) ? Sort : "title";
        await using var snapshot = await snapshots.BeginAsync(db, cancellationToken);
        var published = db.Roles.AsNoTracking().Where(r => !r.IsDraft);
        AllCategories = await categories.GetAsync(db, cancellationToken);
        if (Category is null)
        {
            var lists = new List<CategoryList>();
            foreach (var (name, count) in AllCategories)
            {
                lists.Add(new CategoryList(name, count, await ListAsync(published.Where(r => r.Category == name), 0, RolesPerCategoryOnHome, cancellationToken)));
            }

            Categories = lists;
        }
        else if (AllCategories.FirstOrDefault(c => c.Name == Category) is { Name: not null } chosen)
        {
            Pages = Pager.Of(chosen.Count, RolesPerPage, PageNumber, number => links.Category(chosen.Name, Sort, number));
            Categories = [new CategoryList(chosen.Name, chosen.Count, await ListAsync(published.Where(r => r.Category == chosen.Name), Pages.Skip(RolesPerPage), RolesPerPage, cancellationToken))];
        }

        return Page();
    }

    private Task<List<RoleListItem>> ListAsync(IQueryable<Role> roles, int skip, int take, CancellationToken cancellationToken)
    {
        var ordered = Sort switch
        {
            "salary" => roles.OrderBy(r => r.Facts.MedianAmount == null).ThenByDescending(r => r.Facts.MedianAmount),
            "growth" => roles.OrderBy(r => r.Facts.GrowthPercent == null).ThenByDescending(r => r.Facts.GrowthPercent),
            _ => roles.OrderBy(r => r.Title),
        };
        return ordered.ThenBy(r => r.Title).Skip(skip).Take(take)
            .Select(r => new RoleListItem(r.Slug, r.Title, r.Summary, r.Category, r.Facts.MedianAmount, r.Facts.MedianCurrency, r.Facts.MedianPer, r.Facts.GrowthPercent, r.Facts.GrowthOutlook))
            .ToListAsync(cancellationToken);
    }
}
