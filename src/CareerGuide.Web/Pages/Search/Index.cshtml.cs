using CareerGuide.Content.Values;
using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Data;
using CareerGuide.Web.Search;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Search;

[EnableRateLimiting(RateLimits.SearchAndApi)]
public sealed class IndexModel(
    CareerGuideDbContext db, IReadSnapshots snapshots, SearchQuery search, SearchVocabulary vocabulary, PublishedCategories categories, SiteLinks links) : PageModel
{
    private const int ResultsPerPage = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(SearchWords.MaxInputLength)]
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

    /// <summary>An occupation code (see <see cref="OccupationCode"/>): alone, it lists every guide to that occupation.</summary>
    [BindProperty(SupportsGet = true)]
    [RegularExpression(OccupationCode.Pattern)]
    public string? Soc { get; set; }

    // Not "page": Razor Pages keeps that route value for the page's own name.
    [BindProperty(SupportsGet = true, Name = "p")]
    [Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    /// <summary>How many roles match, on every page.</summary>
    public int Total { get; private set; }

    public Pager? Pages { get; private set; }

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

        var words = SearchWords.Of(Query);
        // An occupation code alone lists every guide to that occupation, by title.
        Searched = words.Count > 0 || Soc is not null;
        if (Searched)
        {
            // The count, the ranking and the cards must all see the same content, whatever ingestion commits meanwhile.
            await using var snapshot = await snapshots.BeginAsync(db, cancellationToken);
            var filters = new SearchFilters(Category, Education, MinSalary, Soc);
            Total = await search.CountAsync(db, words, filters, cancellationToken);
            // Every page keeps the search's words and filters, so each can be shared.
            Pages = Pager.Of(Total, ResultsPerPage, PageNumber, number => links.SearchResults(Request.Query, number));
            var offset = Pages.Skip(ResultsPerPage);
            var roleIds = await search.PageAsync(db, words, filters, offset, ResultsPerPage, cancellationToken);
            Hits = await search.HitsAsync(db, roleIds, words, cancellationToken);
            DidYouMean = Total == 0 && words.Count > 0 ? await vocabulary.SuggestAsync(db, words, cancellationToken) : null;
        }

        return Page();
    }
}
