using System.ComponentModel.DataAnnotations;

namespace CareerGuide.Web.Site;

/// <summary><c>Site:BaseUrl</c>: the public address used in canonical links, feeds, sitemaps and the API.</summary>
/// <remarks>Without it, the request's host where <c>AllowedHosts</c> lists the hosts (or in Development); see <see cref="SiteAddress"/>.</remarks>
public sealed class SiteOptions : IBoundOptions, IValidatableObject
{
    public static string SectionName => "Site";

    public string? BaseUrl { get; set; }

    public string Name { get; set; } = "CareerGuide";

    /// <summary>An address for links must be absolute, with http or https; anything else is a typo best caught at start.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("Site:BaseUrl must be an absolute http:// or https:// address.", [nameof(BaseUrl)]);
        }
    }
}
