using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;
using CareerGuide.Web.Pages.Roles;
using CareerGuide.Web.Search;
using CareerGuide.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Api;

/// <summary>The read-only JSON API: roles, paged and filterable like search, and whole guides. Cacheable for a minute, CORS for GET, problem+json.</summary>
public static class RolesApi
{
    public const string CorsPolicy = "public-read";
    public const string BasePath = "/api";
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapRolesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"{BasePath}/v1").RequireCors(CorsPolicy).RequireRateLimiting(RateLimits.SearchAndApi).WithTags("Roles");
        api.MapGetAndHead("/roles", ListAsync).WithName(RouteNames.ApiRoles).WithSummary("Published roles, paged; filter with q, category, education and min.");
        api.MapGetAndHead("/roles/{slug}", GetAsync).WithName(RouteNames.ApiRole).RedirectsOldSlugs().WithSummary("One published role's whole guide.");
        api.MapFallback(() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API endpoint")).AnswerGetAndHead().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, CareerGuideDbContext db, IReadSnapshots snapshots, SearchQuery search, SiteUrls urls, CancellationToken cancellationToken,
        string? q = null, string? category = null, int? education = null, int? min = null, int page = 1, int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1) errors["page"] = ["must be 1 or more"];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"must be between 1 and {MaxPageSize}"];
        if (education is < 1 or > 5) errors["education"] = ["must be between 1 (high school) and 5 (doctorate)"];
        if (min < 0) errors["min"] = ["must not be negative"];
        if (q?.Length > SearchWords.MaxInputLength) errors["q"] = [$"must be at most {SearchWords.MaxInputLength} characters"];
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        // The page's roles are found by one query and read by another: both must see the same content.
        await using var snapshot = await snapshots.BeginAsync(db, cancellationToken);
        var words = SearchWords.Of(q);
        var filters = new SearchFilters(category, education, min);
        // In long, or a page far past the end (from 21,474,837 at 100 a page) wraps round to the first page's offset.
        var offset = (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);
        var pageIds = await search.PageAsync(db, words, filters, offset, pageSize, cancellationToken);
        var total = await search.CountAsync(db, words, filters, cancellationToken);
        var cards = await db.Roles.AsNoTracking().Where(r => pageIds.Contains(r.Id))
            .Select(r => new { r.Id, Card = new RoleSummaryDto(r.Slug, r.Title, r.Summary, r.Category, r.Facts.MedianAmount, r.Facts.MedianCurrency, r.Facts.GrowthPercent, "") })
            .ToDictionaryAsync(r => r.Id, r => r.Card, cancellationToken);
        var items = pageIds.Select(id => cards[id] with { Url = urls.Role(cards[id].Slug) }).ToList();
        return Cacheable(http, new RoleListDto(items, page, pageSize, total));
    }

    private static async Task<IResult> GetAsync(string slug, HttpContext http, CareerGuideDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var page = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: false, cancellationToken);
        return page is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such role", detail: $"No published role has the slug '{slug}'.")
            : Cacheable(http, RoleMapping.ToDto(page, urls));
    }

    /// <summary>JSON that clients may keep for a minute; its ETag and 304s come from <see cref="ETagMiddleware"/>, as every page's do.</summary>
    private static IResult Cacheable<T>(HttpContext http, T value)
    {
        http.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Json(value);
    }
}
