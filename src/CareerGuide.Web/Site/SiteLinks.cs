using CareerGuide.Content.Values;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

namespace CareerGuide.Web.Site;

/// <summary>
/// The path of every page and endpoint of the site, for links, forms and redirects, built by the framework's
/// <see cref="LinkGenerator"/> from <see cref="RouteNames"/>: a route changed where it is declared changes every link,
/// and route values and query values are escaped by the same rules everywhere. <see cref="SiteUrls"/> makes them absolute.
/// </summary>
/// <remarks>Paths start at the host's root: the site is not served under a path base.</remarks>
public sealed class SiteLinks(LinkGenerator links)
{
    /// <summary>The home page: every category, in <paramref name="sort"/> order when one is given.</summary>
    public string Home(string? sort = null) => Page(RouteNames.HomePage, new { sort });

    /// <summary>The home page at <paramref name="category"/>'s section.</summary>
    public string HomeSection(string category) => Page(RouteNames.HomePage, fragment: "#" + CategoryAnchor(category));

    /// <summary>The id of <paramref name="category"/>'s section on the home page.</summary>
    public static string CategoryAnchor(string category) => "category-" + Slug.FromText(category);

    /// <summary>The list of one whole category, a page at a time.</summary>
    public string Category(string category, string? sort, int? page = null) => Page(RouteNames.HomePage, new { category, sort, p = page });

    public string Role(string slug) => Page(RouteNames.RolePage, new { slug });

    /// <summary>One section, career step or question of a role's page, by its anchor.</summary>
    public string RoleSection(string slug, string anchor) => Page(RouteNames.RolePage, new { slug }, "#" + Uri.EscapeDataString(anchor));

    /// <summary>The job-description template; with <paramref name="format"/> (markdown or text), its download.</summary>
    public string JobDescription(string slug, string? format = null) => Page(RouteNames.JobDescriptionPage, new { slug, format });

    /// <summary>The salary card other sites frame.</summary>
    public string SalaryCard(string slug) => Page(RouteNames.SalaryCardPage, new { slug });

    public string ShareImage(string slug) => Endpoint(RouteNames.ShareImage, new { slug });

    /// <summary>The comparison of <paramref name="slugs"/>, in column order; none gives the empty comparison and its form.</summary>
    public string Compare(IEnumerable<string> slugs)
    {
        var roles = string.Join(",", slugs);
        return Page(RouteNames.ComparePage, new { roles = roles.Length == 0 ? null : roles });
    }

    /// <summary>Search for <paramref name="query"/>; without one, the search page and its form.</summary>
    public string Search(string? query = null) => Page(RouteNames.SearchPage, new { q = query });

    /// <summary>The search page listing every guide with the occupation code <paramref name="soc"/>.</summary>
    public string SearchByOccupation(string soc) => Page(RouteNames.SearchPage, new { soc });

    /// <summary>The search of <paramref name="query"/> (its words and filters, as the request had them) on page <paramref name="page"/>.</summary>
    public string SearchResults(IEnumerable<KeyValuePair<string, StringValues>> query, int page)
    {
        var values = new RouteValueDictionary(query.Where(pair => pair.Key != "p").Select(pair => KeyValuePair.Create(pair.Key, (object?)pair.Value)));
        values["p"] = page;
        return Page(RouteNames.SearchPage, values);
    }

    public string Editor() => Page(RouteNames.EditorPage);

    public string EditorPreview(string slug) => Page(RouteNames.EditorPreviewPage, new { slug });

    public string ApiRole(string slug) => Endpoint(RouteNames.ApiRole, new { slug });

    public string Sitemap() => Endpoint(RouteNames.Sitemap);

    public string Feed() => Endpoint(RouteNames.Feed);

    /// <summary>The address of <paramref name="endpoint"/>, a page or a named endpoint, under other route values: where a request is sent on to.</summary>
    public string Address(Endpoint endpoint, RouteValueDictionary values) =>
        endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page ? Page(page.ViewEnginePath, values)
        : endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name ? Endpoint(name.EndpointName, values)
        : throw new InvalidOperationException($"{endpoint.DisplayName} has neither a page nor an endpoint name to link to.");

    // Null only when a name matches nothing, or a required value is missing: a bug, not something a reader can cause.
    private string Page(string page, object? values = null, string? fragment = null) =>
        links.GetPathByPage(page, values: values, fragment: fragment is null ? default : new FragmentString(fragment))
        ?? throw new InvalidOperationException($"No address for the page {page} with {values}.");

    private string Endpoint(string name, object? values = null) =>
        links.GetPathByName(name, values)
        ?? throw new InvalidOperationException($"No address for the endpoint {name} with {values}.");
}
