using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>
/// A role page shows other roles: those that lead to it, its related roles and the roles its ladder names. A guide
/// added or changed elsewhere that changes those lists shows on the cached page after the next ingestion.
/// </summary>
public sealed class LinkedPageFreshnessTests
{
    [Fact]
    public async Task New_guide_that_names_a_role_in_its_career_path_shows_in_that_roles_cached_leads_here()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead").Build());
        var client = site.CreateClient();
        Assert.Empty(await LeadsHereAsync(client, "/roles/support-lead"));
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .WithSteps(("Support Specialist", "0-2 years", "Answers tickets.", []), ("Support Lead", "3-5 years", "Leads the team.", []))
            .Build());

        await site.IngestAsync();

        Assert.Equal([("/roles/support-specialist", "Support Specialist")], await LeadsHereAsync(client, "/roles/support-lead"));
    }

    [Fact]
    public async Task New_guide_that_names_a_role_as_related_shows_in_that_roles_cached_leads_here()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        var client = site.CreateClient();
        Assert.Empty(await LeadsHereAsync(client, "/roles/data-analyst"));
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("related", "[data-analyst]").Build());

        await site.IngestAsync();

        Assert.Equal([("/roles/support-specialist", "Support Specialist")], await LeadsHereAsync(client, "/roles/data-analyst"));
    }

    [Fact]
    public async Task New_guide_for_a_ladder_step_and_a_related_slug_becomes_a_link_on_the_cached_page_that_names_it()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .With("related", "[data-analyst]")
            .WithSteps(("Support Specialist", "0-2 years", "Answers tickets.", []), ("Support Lead", "3-5 years", "Leads the team.", []))
            .Build());
        var client = site.CreateClient();
        var before = await client.GetPageAsync("/roles/support-specialist");
        Assert.Empty(before.QuerySelectorAll(".career-step h3 a:not(.anchor-link)"));
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());

        await site.IngestAsync();

        var after = await client.GetPageAsync("/roles/support-specialist");
        Assert.Equal(["/roles/support-lead"], after.QuerySelectorAll(".career-step h3 a:not(.anchor-link)").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/roles/data-analyst"], after.QuerySelectorAll("#related-roles a").Select(a => a.GetAttribute("href")));
    }

    private static async Task<List<(string?, string)>> LeadsHereAsync(HttpClient client, string path) =>
        [.. (await client.GetPageAsync(path)).QuerySelectorAll("#leads-here a").Select(a => (a.GetAttribute("href"), a.Text()))];
}
