using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>
/// Role A's page shows role B (in its ladder, related roles and "roles that lead here") as B is stored now: the links
/// are resolved at ingestion, and a change to B alone changes them on A's page after the next ingestion, whether A's
/// page was in the output cache or not.
/// </summary>
public sealed class RoleLinksTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_renamed_role_shows_its_new_title_in_the_ladder_and_leads_here_of_the_roles_it_links(bool cached)
    {
        await using var site = Site(cached);
        WriteLinkedPair(site, leadTitle: "Support Lead");
        var client = site.CreateClient();
        Assert.Equal([("/roles/support-lead", "Support Lead")], await RelatedAsync(client, "/roles/support-specialist"));
        Assert.Equal([("/roles/support-lead", "Support Lead")], await LeadsHereAsync(client, "/roles/support-specialist"));
        site.WriteGuide("support-lead", LeadGuide("Support Team Lead"));

        await site.IngestAsync();

        Assert.Equal([("/roles/support-lead", "Support Team Lead")], await RelatedAsync(client, "/roles/support-specialist"));
        Assert.Equal([("/roles/support-lead", "Support Team Lead")], await LeadsHereAsync(client, "/roles/support-specialist"));
        // The ladder step keeps the editor's words; it links only while a published role carries that title.
        Assert.Empty(await StepLinksAsync(client, "/roles/support-specialist"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_role_made_a_draft_disappears_from_every_page_that_linked_it(bool cached)
    {
        await using var site = Site(cached);
        WriteLinkedPair(site, leadTitle: "Support Lead");
        var client = site.CreateClient();
        Assert.Equal(["/roles/support-lead"], await StepLinksAsync(client, "/roles/support-specialist"));
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead").With("related", "[support-specialist]").With("draft", "true").Build());

        await site.IngestAsync();

        Assert.Empty(await StepLinksAsync(client, "/roles/support-specialist"));
        Assert.Empty(await RelatedAsync(client, "/roles/support-specialist"));
        Assert.Empty(await LeadsHereAsync(client, "/roles/support-specialist"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_removed_role_leaves_no_link_behind_and_its_return_brings_them_back(bool cached)
    {
        await using var site = Site(cached);
        WriteLinkedPair(site, leadTitle: "Support Lead");
        var client = site.CreateClient();
        Assert.Equal(["/roles/support-lead"], await StepLinksAsync(client, "/roles/support-specialist"));
        site.DeleteGuide("support-lead");

        await site.IngestAsync();

        Assert.Empty(await StepLinksAsync(client, "/roles/support-specialist"));
        Assert.Empty(await LeadsHereAsync(client, "/roles/support-specialist"));
        site.WriteGuide("support-lead", LeadGuide("Support Lead"));

        await site.IngestAsync();

        Assert.Equal(["/roles/support-lead"], await StepLinksAsync(client, "/roles/support-specialist"));
        Assert.Equal([("/roles/support-lead", "Support Lead")], await LeadsHereAsync(client, "/roles/support-specialist"));
    }

    [Fact]
    public async Task A_ladder_step_named_by_another_title_of_a_role_links_to_it_through_its_aliases()
    {
        await using var site = Site(cached: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .With("aliases", "[senior-support-specialist]")
            .WithSteps(("Support Specialist", "0-2 years", "Answers tickets.", []), ("Senior Support Specialist", "3-5 years", "Takes the hard cases.", []), ("Support Lead", "5-8 years", "Leads the team.", []))
            .Build());
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead")
            .WithSteps(("Senior Support Specialist", "3-5 years", "Takes the hard cases.", []), ("Support Lead", "5-8 years", "Leads the team.", []))
            .Build());
        var client = site.CreateClient();

        Assert.Equal(["/roles/support-specialist"], await StepLinksAsync(client, "/roles/support-lead"));
        Assert.Equal([("/roles/support-lead", "Support Lead")], await LeadsHereAsync(client, "/roles/support-specialist"));
        // On the page the alias belongs to, that step is the page itself: no link.
        Assert.Equal(["/roles/support-lead"], await StepLinksAsync(client, "/roles/support-specialist"));
    }

    private static CareerGuideFactory Site(bool cached) =>
        CareerGuideFactory.WithTestContent().WithSetting("Caching:Enabled", cached ? "true" : "false");

    /// <summary>A specialist whose ladder climbs to a lead and who names the lead as related; the lead names the specialist back.</summary>
    private static void WriteLinkedPair(CareerGuideFactory site, string leadTitle)
    {
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .With("related", "[support-lead]")
            .WithSteps(("Support Specialist", "0-2 years", "Answers tickets.", []), ("Support Lead", "3-5 years", "Leads the team.", []))
            .Build());
        site.WriteGuide("support-lead", LeadGuide(leadTitle));
    }

    private static string LeadGuide(string title) => new GuideBuilder(title).With("slug", "support-lead").With("related", "[support-specialist]").Build();

    private static async Task<List<string?>> StepLinksAsync(HttpClient client, string path) =>
        [.. (await client.GetPageAsync(path)).QuerySelectorAll(".career-step h3 a:not(.anchor-link)").Select(a => a.GetAttribute("href"))];

    private static async Task<List<(string?, string)>> RelatedAsync(HttpClient client, string path) =>
        [.. (await client.GetPageAsync(path)).QuerySelectorAll("#related-roles a").Select(a => (a.GetAttribute("href"), a.Text()))];

    private static async Task<List<(string?, string)>> LeadsHereAsync(HttpClient client, string path) =>
        [.. (await client.GetPageAsync(path)).QuerySelectorAll("#leads-here a").Select(a => (a.GetAttribute("href"), a.Text()))];
}
