namespace CareerGuide.Web.Site;

/// <summary><c>Site:BaseUrl</c>: the public address used in canonical links, feeds and sitemaps.</summary>
/// <remarks>Without it the request's own scheme and host are used, which is right for development only.</remarks>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    public string? BaseUrl { get; set; }

    public string Name { get; set; } = "CareerGuide";
}
