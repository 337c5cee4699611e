using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

/// <summary>Absolute URLs of the site's pages, for canonical links, structured data, the sitemap and the feed.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor http)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
            {
                return options.Value.BaseUrl.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}";
        }
    }

    public string Absolute(string path) => Base + path;

    public string Role(string slug) => Absolute($"/roles/{slug}");
}
