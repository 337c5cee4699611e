using System.Globalization;
using System.Xml.Linq;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>/feed.xml is an Atom feed of the published guides, newest update first, that readers discover from every page.</summary>
public sealed class FeedTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Feed_is_atom_with_the_id_title_updated_self_link_and_author_atom_requires()
    {
        var client = site.Factory.CreateClient();

        var feed = (await client.GetXmlAsync("/feed.xml", "application/atom+xml")).Root!;

        Assert.Equal(SiteXml.Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(SiteXml.Atom + "title")));
        Assert.Equal(client.Absolute("/feed.xml"), (string?)feed.Element(SiteXml.Atom + "id"));
        Assert.Equal(client.Absolute("/feed.xml"), (string?)Assert.Single(feed.Elements(SiteXml.Atom + "link"), link => (string?)link.Attribute("rel") == "self").Attribute("href"));
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(SiteXml.Atom + "author")?.Element(SiteXml.Atom + "name")));
        var entries = feed.Elements(SiteXml.Atom + "entry").Select(entry => Timestamp(entry.Element(SiteXml.Atom + "updated"))).ToList();
        Assert.Equal(entries.Max(), Timestamp(feed.Element(SiteXml.Atom + "updated")));
    }

    [Fact]
    public async Task Feed_has_one_entry_per_published_guide_newest_update_first()
    {
        var client = site.Factory.CreateClient();

        var feed = (await client.GetXmlAsync("/feed.xml", "application/atom+xml")).Root!;

        var entries = feed.Elements(SiteXml.Atom + "entry").Select(entry => (
            Id: (string?)entry.Element(SiteXml.Atom + "id"),
            Title: (string?)entry.Element(SiteXml.Atom + "title"),
            Updated: Timestamp(entry.Element(SiteXml.Atom + "updated")),
            Link: (string?)entry.Element(SiteXml.Atom + "link")?.Attribute("href"),
            Summary: (string?)entry.Element(SiteXml.Atom + "summary")));
        var expected = SampleSiteFixture.Published.Select(SampleSiteFixture.Guide)
            .OrderByDescending(guide => guide.Updated)
            .Select(guide => (
                Id: (string?)client.Absolute($"/roles/{guide.Slug}"),
                Title: (string?)guide.Title,
                Updated: new DateTimeOffset(guide.Updated.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Link: (string?)client.Absolute($"/roles/{guide.Slug}"),
                Summary: (string?)guide.Summary));
        Assert.Equal(expected, entries);
    }

    [Fact]
    public async Task Every_page_links_to_the_feed_for_feed_readers_to_discover()
    {
        var client = site.Factory.CreateClient();

        foreach (var path in new[] { "/", $"/roles/{SampleSiteFixture.SupportSpecialist}" })
        {
            var page = await client.GetPageAsync(path);
            var link = Assert.Single(page.Head!.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']"));
            await client.GetXmlAsync(link.GetAttribute("href")!, "application/atom+xml");
        }
    }

    [Fact]
    public async Task Publishing_a_guide_puts_it_first_in_the_feed_and_into_the_sitemap()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("updated", "2026-11-01").Build());
        var client = test.CreateClient();
        await client.GetXmlAsync("/feed.xml", "application/atom+xml");
        await client.GetXmlAsync("/sitemap.xml", "application/xml");
        test.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").With("updated", "2026-11-02").Build());

        await test.IngestAsync();
        var feed = await client.GetXmlAsync("/feed.xml", "application/atom+xml");
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Equal("Data Analyst", (string?)feed.Root!.Element(SiteXml.Atom + "entry")?.Element(SiteXml.Atom + "title"));
        Assert.Contains(client.Absolute("/roles/data-analyst"), sitemap.Descendants(SiteXml.Sitemap + "loc").Select(loc => loc.Value));
    }

    /// <summary>An Atom date (RFC 3339): parsing it strictly is part of the check.</summary>
    private static DateTimeOffset Timestamp(XElement? element) =>
        DateTimeOffset.ParseExact(element!.Value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
