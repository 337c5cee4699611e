namespace CareerGuide.Web.Caching;

/// <summary>Output-cache tags: one per role, and one for every page that lists roles.</summary>
public static class CacheTags
{
    /// <summary>Pages that list or count roles: home, search, compare, sitemap, feed, the API list.</summary>
    public const string Lists = "roles";

    public static string Role(string slug) => "role:" + slug;
}
