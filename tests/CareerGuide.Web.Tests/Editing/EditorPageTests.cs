using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Editing;

/// <summary>The editor status page lists every guide with its state and problems, and previews drafts.</summary>
public sealed class EditorPageTests
{
    [Fact]
    public async Task Status_page_lists_published_draft_and_rejected_guides_with_their_problems()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("draft-role", new GuideBuilder("Draft Role").With("draft", "true").Build());
        site.WriteGuide("broken-role", new GuideBuilder("Broken Role").WithSalaryRows(("Junior", "lots", "$1")).Build());
        await site.IngestAsync();
        using var client = site.CreateClient();

        var page = await client.GetPageAsync("/editor");

        var states = page.QuerySelectorAll("tbody tr").ToDictionary(row => row.QuerySelector("th code")!.Text(), row => row.QuerySelector(".badge")!.Text());
        Assert.Equal(new Dictionary<string, string>
        {
            ["roles/broken-role.md"] = "rejected",
            ["roles/draft-role.md"] = "draft",
            ["roles/support-specialist.md"] = "published",
        }, states);
        var problem = Assert.Single(page.QuerySelectorAll("tr.status-rejected .diagnostics li"));
        Assert.Matches(@"^roles/broken-role\.md:\d+:\d+: error: salary row 1", problem.Text());
    }

    [Fact]
    public async Task A_draft_is_previewed_for_editors_but_not_public()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("draft-role", new GuideBuilder("Draft Role").With("draft", "true").Build());
        await site.IngestAsync();
        using var client = site.CreateClient();

        var preview = await client.GetPageAsync("/editor/preview/draft-role");
        using var publicPage = await client.GetAsync(new Uri("/roles/draft-role", UriKind.Relative));

        Assert.Equal("Draft Role", preview.QuerySelector("h1")!.Text());
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
    }
}
