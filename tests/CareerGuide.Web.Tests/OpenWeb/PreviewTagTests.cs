using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>Every role page, and the home page, tell search engines and link previews their address, title, summary and image.</summary>
public sealed class PreviewTagTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    public static TheoryData<string> Slugs => new(RepositoryContent.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Role_page_has_its_title_description_and_canonical_address(string slug)
    {
        var guide = RepositoryContent.Parse(slug);
        var client = site.Factory.CreateClient();

        var page = await client.GetPageAsync($"/roles/{slug}?utm_source=newsletter");

        Assert.Equal($"{guide.Title} · CareerGuide", page.Title);
        Assert.Equal(guide.Summary, page.Meta("description"));
        // Tracking parameters and the like never make a second address for the same guide.
        Assert.Equal(client.Absolute($"/roles/{slug}"), page.Canonical());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Role_page_has_open_graph_and_twitter_card_tags_for_a_large_image_preview(string slug)
    {
        var guide = RepositoryContent.Parse(slug);
        var client = site.Factory.CreateClient();

        var page = await client.GetPageAsync($"/roles/{slug}");

        var image = client.Absolute($"/roles/{slug}/share.png");
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["og:type"] = "article",
                ["og:site_name"] = "CareerGuide",
                ["og:title"] = $"{guide.Title} career guide",
                ["og:description"] = guide.Summary,
                ["og:url"] = page.Canonical(),
                ["og:image"] = image,
                ["og:image:width"] = "1200",
                ["og:image:height"] = "630",
                ["article:modified_time"] = guide.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["twitter:card"] = "summary_large_image",
                ["twitter:title"] = $"{guide.Title} career guide",
                ["twitter:description"] = guide.Summary,
                ["twitter:image"] = image,
            },
            PreviewTags(page));
        Assert.StartsWith(guide.Title, page.Meta("og:image:alt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_has_its_description_canonical_address_and_preview_tags()
    {
        var client = site.Factory.CreateClient();

        var page = await client.GetPageAsync("/?sort=salary");

        var description = page.Meta("description");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.Equal(client.Absolute("/"), page.Canonical());
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["og:type"] = "website",
                ["og:site_name"] = "CareerGuide",
                ["og:title"] = "CareerGuide: career guides",
                ["og:description"] = description,
                ["og:url"] = client.Absolute("/"),
                ["twitter:card"] = "summary",
                ["twitter:title"] = "CareerGuide: career guides",
                ["twitter:description"] = description,
            },
            PreviewTags(page));
    }

    [Fact]
    public async Task Old_slug_redirects_permanently_to_the_address_the_page_names_as_canonical()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("aliases", "[helpdesk-specialist]").Build());
        var client = test.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var redirect = await client.GetAsync(new Uri("/roles/helpdesk-specialist", UriKind.Relative));
        var page = await client.GetPageAsync(redirect.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(client.Absolute(redirect.Headers.Location.OriginalString), page.Canonical());
    }

    /// <summary>The Open Graph, article and Twitter tags of the page, by property or name.</summary>
    private static Dictionary<string, string?> PreviewTags(IHtmlDocument page) =>
        page.Head!.QuerySelectorAll("meta")
            .Select(meta => (Key: meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? "", Content: meta.GetAttribute("content")))
            // The image's alt text is worded freely; tests check only that it names the role.
            .Where(tag => tag.Key != "og:image:alt" && new[] { "og:", "twitter:", "article:" }.Any(prefix => tag.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .ToDictionary(tag => tag.Key, tag => tag.Content);
}
