namespace CareerGuide.Web.Site;

/// <summary>
/// Absolute URLs of the site's pages, for canonical links, structured data, the sitemap, the feed, the API and the
/// embed code: the site's vetted address (<see cref="SiteAddress"/>) before a path from <see cref="SiteLinks"/>.
/// </summary>
public sealed class SiteUrls(SiteAddress address, SiteLinks links, IHttpContextAccessor http)
{
    public string Base =>
        address.Configured
        ?? (address.TrustsRequestHost && http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : SiteAddress.Fallback);

    /// <summary>The absolute form of <paramref name="path"/>, a path from <see cref="SiteLinks"/>.</summary>
    public string Absolute(string path) => Base + path;

    public string Home() => Absolute(links.Home());

    public string Role(string slug) => Absolute(links.Role(slug));

    public string SalaryCard(string slug) => Absolute(links.SalaryCard(slug));

    public string ShareImage(string slug) => Absolute(links.ShareImage(slug));

    public string Sitemap() => Absolute(links.Sitemap());

    public string Feed() => Absolute(links.Feed());
}
