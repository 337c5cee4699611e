using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>A guide's occupation code shows in its key facts with the official pages for it, in the API and in its JSON-LD.</summary>
public sealed class OccupationCodeTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    public static TheoryData<string> Slugs => new(RepositoryContent.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Key_facts_show_the_code_with_links_to_its_onet_and_bls_pages(string slug)
    {
        var soc = RepositoryContent.Parse(slug).Soc;
        Assert.NotNull(soc);

        var fact = (await site.Factory.CreateClient().GetPageAsync("/roles/" + slug)).QuerySelector("#fact-occupation-code");

        Assert.NotNull(fact);
        Assert.Equal(soc, fact.QuerySelector(".figure")?.Text());
        var digits = soc[..7].Replace("-", "");
        Assert.Equal(
            [$"https://www.onetonline.org/link/summary/{soc}", $"https://www.bls.gov/oes/current/oes{digits}.htm"],
            fact.QuerySelectorAll("a[href^='https://']").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task The_api_and_the_json_ld_carry_the_code(string slug)
    {
        var soc = RepositoryContent.Parse(slug).Soc;
        var client = site.Factory.CreateClient();

        var role = await client.GetJsonAsync($"/api/v1/roles/{slug}");
        var occupation = JsonLd.Block(await client.GetPageAsync("/roles/" + slug), "Occupation");

        Assert.Equal(soc, role.GetProperty("soc").GetString());
        Assert.Equal(soc, occupation.Text("occupationalCategory"));
    }

    [Fact]
    public async Task A_guide_without_a_code_shows_none()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new CareerGuide.Testing.GuideBuilder("Support Specialist").Build());

        var page = await test.CreateClient().GetPageAsync("/roles/support-specialist");

        Assert.Null(page.QuerySelector("#fact-occupation-code"));
        Assert.False(JsonLd.Block(page, "Occupation").TryGetProperty("occupationalCategory", out _));
    }
}
