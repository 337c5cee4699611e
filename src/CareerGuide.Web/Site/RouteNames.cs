namespace CareerGuide.Web.Site;

/// <summary>
/// The names the site's pages and endpoints are registered under, which <see cref="SiteLinks"/> builds every address
/// from. A route itself is written once, in its page's <c>@page</c> line or at its <c>Map</c> call.
/// </summary>
public static class RouteNames
{
    // Razor Pages are named by their path under Pages/.
    public const string HomePage = "/Index";
    public const string RolePage = "/Roles/Role";
    public const string JobDescriptionPage = "/Roles/JobDescription";
    public const string SalaryCardPage = "/Embed/Salary";
    public const string ComparePage = "/Compare/Index";
    public const string SearchPage = "/Search/Index";
    public const string EditorPage = "/Editor/Index";
    public const string EditorPreviewPage = "/Editor/Preview";

    // Endpoints are named with WithName; the API's names are its OpenAPI operationIds too.
    public const string ShareImage = "ShareImage";
    public const string Robots = "Robots";
    public const string Sitemap = "Sitemap";
    public const string Feed = "Feed";
    public const string ApiRole = "GetRole";
    public const string ApiRoles = "ListRoles";
}
