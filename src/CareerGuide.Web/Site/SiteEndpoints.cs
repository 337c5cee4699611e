using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Formatting;
using CareerGuide.Web.Pages.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CareerGuide.Web.Site;

/// <summary>The site's non-page endpoints: share images, robots.txt, the sitemap and the Atom feed.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        // Part of the site, not of the data API: kept out of the OpenAPI document.
        var site = app.MapGroup("").ExcludeFromDescription();
        site.MapGetAndHead("/roles/{slug}/share.png", ShareImageAsync).WithName(RouteNames.ShareImage).RedirectsOldSlugs();
        // No Disallow for the editor: it answers crawlers with 404 anyway, and naming it would advertise that it exists.
        site.MapGetAndHead("/robots.txt", (SiteUrls urls) => Results.Text($"User-agent: *\nAllow: /\nSitemap: {urls.Sitemap()}\n")).WithName(RouteNames.Robots);
        site.MapGetAndHead("/sitemap.xml", SitemapAsync).WithName(RouteNames.Sitemap);
        site.MapGetAndHead("/feed.xml", FeedAsync).WithName(RouteNames.Feed);
        return app;
    }

    private static async Task<IResult> ShareImageAsync(string slug, CareerGuideDbContext db, ShareImageRenderer renderer, IMemoryCache cache, HttpContext http, CancellationToken cancellationToken)
    {
        var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug && !r.IsDraft)
            .Select(r => new { r.Title, r.IngestedAt, r.Facts.MedianAmount, r.Facts.MedianCurrency, r.Facts.MedianPer })
            .SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return Results.NotFound();
        }

        // Keyed by ingestion time, so an edited guide gets a fresh image and stale ones age out.
        var png = await cache.GetOrCreateAsync($"share:{slug}:{role.IngestedAt.UtcTicks}", entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            entry.Size = 1;
            var salary = role.MedianAmount is { } median ? $"Median salary {Display.Pay(new Money(median, role.MedianCurrency!), role.MedianPer ?? PayPeriod.Year)}" : null;
            return Task.FromResult(renderer.Render(role.Title, salary));
        });
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.File(png!, "image/png");
    }

    private static async Task<IResult> SitemapAsync(CareerGuideDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).OrderBy(r => r.Slug)
            .Select(r => new { r.Slug, r.Updated }).ToListAsync(cancellationToken);
        var xml = SiteFeeds.Sitemap(urls, roles.Select(r => (r.Slug, r.Updated)));
        return Results.Text(xml, "application/xml; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(CareerGuideDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).OrderByDescending(r => r.Updated).ThenBy(r => r.Title).Take(50)
            .Select(r => new FeedEntry(r.Slug, r.Title, r.Summary, r.Updated)).ToListAsync(cancellationToken);
        return Results.Text(SiteFeeds.Atom(urls, roles), "application/atom+xml; charset=utf-8");
    }
}
