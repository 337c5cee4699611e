namespace CareerGuide.Web.Site;

/// <summary>Absolute URLs of the site's pages, for canonical links, structured data, the sitemap and the feed.</summary>
public sealed class SiteUrls(SiteAddress address, IHttpContextAccessor http)
{
    public string Base =>
        address.Configured
        ?? (address.TrustsRequestHost && http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : SiteAddress.Fallback);

    public string Absolute(string path) => Base + path;

    public string Role(string slug) => Absolute($"/roles/{slug}");
}
