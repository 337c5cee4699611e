using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Data;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Search;

[EnableRateLimiting(RateLimits.SearchAndApi)]
public sealed class IndexModel(CareerGuideDbContext db, PublishedCategories categories) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(FtsQuery.MaxInputLength)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(100)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    [Range(1, 5)]
    public int? Education { get; set; }

    [BindProperty(SupportsGet = true, Name = "min")]
    [Range(0, 10_000_000)]
    public int? MinSalary { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public string? DidYouMean { get; private set; }

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = [.. (await categories.GetAsync(db, cancellationToken)).Select(c => c.Name)];
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var words = FtsQuery.Words(Query);
        Searched = words.Count > 0;
        if (Searched)
        {
            Hits = await SearchQuery.RunAsync(db, words, new SearchFilters(Category, Education, MinSalary), cancellationToken);
            DidYouMean = Hits.Count == 0 ? await SearchQuery.SuggestAsync(db, words, cancellationToken) : null;
        }

        return Page();
    }
}
