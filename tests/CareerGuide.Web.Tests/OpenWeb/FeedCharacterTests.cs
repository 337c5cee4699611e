using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>
/// The validator keeps characters XML cannot hold out of new guides; a role stored before it did must still not take
/// the feed or the sitemap down for everyone.
/// </summary>
public sealed class FeedCharacterTests
{
    [Fact]
    public async Task A_stored_title_with_a_control_character_leaves_the_feed_whole_without_it()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();
        _ = site.Services;
        await site.QueryAsync(db => db.Roles.ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Title, "Support\u0001 Specialist\uFFFE")
            .SetProperty(r => r.Summary, "Helps \u001Bcustomers.")));

        var feed = (await client.GetXmlAsync("/feed.xml", "application/atom+xml")).Root!;

        var entry = Assert.Single(feed.Elements(SiteXml.Atom + "entry"));
        Assert.Equal("Support Specialist", (string?)entry.Element(SiteXml.Atom + "title"));
        Assert.Equal("Helps customers.", (string?)entry.Element(SiteXml.Atom + "summary"));
    }
}
