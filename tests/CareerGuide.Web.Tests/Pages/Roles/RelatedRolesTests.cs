using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>A role page links to its related roles only while they are published, so it never links to a 404.</summary>
public sealed class RelatedRolesTests
{
    [Fact]
    public async Task Related_roles_link_only_to_published_roles()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("related", "[ghost-role, support-lead, data-analyst]").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead").With("draft", "true").Build());

        var page = await site.CreateClient().GetPageAsync("/roles/support-specialist");

        var links = page.QuerySelectorAll("#related-roles a").Select(a => (a.GetAttribute("href"), a.Text()));
        Assert.Equal([("/roles/data-analyst", "Data Analyst")], links);
    }

    [Fact]
    public async Task Role_without_published_related_roles_has_no_related_section()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("related", "[ghost-role]").Build());

        var page = await site.CreateClient().GetPageAsync("/roles/support-specialist");

        Assert.Equal("Support Specialist", page.QuerySelector("h1")?.Text());
        Assert.Null(page.QuerySelector("#related-roles"));
    }
}
