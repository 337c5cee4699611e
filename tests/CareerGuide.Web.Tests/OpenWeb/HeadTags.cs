using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>What link previews and search engines read from a page's head.</summary>
public static class HeadTags
{
    /// <summary>The content of the one meta tag whose property (Open Graph) or name (description, Twitter) is <paramref name="key"/>.</summary>
    public static string? Meta(this IHtmlDocument page, string key) =>
        Assert.Single(page.Head!.QuerySelectorAll("meta"), meta => meta.GetAttribute("property") == key || meta.GetAttribute("name") == key)
            .GetAttribute("content");

    public static string? Canonical(this IHtmlDocument page) =>
        Assert.Single(page.Head!.QuerySelectorAll("link[rel='canonical']")).GetAttribute("href");
}
