using System.Globalization;
using System.Net;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>Search engines find every published role, and nothing else, from /robots.txt and /sitemap.xml.</summary>
public sealed class SitemapTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Sitemap_lists_home_and_every_published_role_with_its_last_modified_date()
    {
        var client = site.Factory.CreateClient();

        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Equal(SiteXml.Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(SiteXml.Sitemap + "url")
            .Select(url => (Loc: (string?)url.Element(SiteXml.Sitemap + "loc"), LastMod: (string?)url.Element(SiteXml.Sitemap + "lastmod")))
            .OrderBy(url => url.Loc, StringComparer.Ordinal);
        var expected = SampleSiteFixture.Published
            .Select(slug => (Loc: (string?)client.Absolute($"/roles/{slug}"), LastMod: (string?)SampleSiteFixture.Guide(slug).Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append((Loc: client.Absolute("/"), LastMod: null))
            .OrderBy(url => url.Loc, StringComparer.Ordinal);
        Assert.Equal(expected, urls);
    }

    [Fact]
    public async Task Every_address_in_the_sitemap_answers_200_without_a_redirect()
    {
        var client = site.Factory.CreateClient();
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        foreach (var loc in sitemap.Descendants(SiteXml.Sitemap + "loc").Select(loc => loc.Value))
        {
            using var response = await client.ExpectAsync(loc, HttpStatusCode.OK, "text/html");
            Assert.Equal(loc, response.RequestMessage?.RequestUri?.ToString());
        }
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemap_and_does_not_name_the_editor()
    {
        var client = site.Factory.CreateClient();

        using var response = await client.ExpectAsync("/robots.txt", HttpStatusCode.OK, "text/plain");
        var rules = (await response.Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (Field: parts[0].ToLowerInvariant(), Value: parts[1]))
            .ToList();

        Assert.Equal(("user-agent", "*"), rules[0]);
        // The editor answers 404 to the public; naming it here would advertise that it exists.
        Assert.DoesNotContain(rules, rule => rule.Value.Contains("editor", StringComparison.OrdinalIgnoreCase));
        var sitemap = Assert.Single(rules, rule => rule.Field == "sitemap").Value;
        Assert.Equal(client.Absolute("/sitemap.xml"), sitemap);
        await client.GetXmlAsync(sitemap, "application/xml");
    }
}
