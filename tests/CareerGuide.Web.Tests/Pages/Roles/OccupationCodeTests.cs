using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>A guide's occupation code shows in its key facts with the official pages for it, in the API and in its JSON-LD.</summary>
public sealed class OccupationCodeTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    /// <summary>The bundled guides that have a code: a role with no occupation of its own (a director, say) has none.</summary>
    public static TheoryData<string> SlugsWithCode => new(RepositoryContent.Slugs.Where(slug => RepositoryContent.Parse(slug).Soc is not null));

    [Theory]
    [MemberData(nameof(SlugsWithCode))]
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
    [MemberData(nameof(SlugsWithCode))]
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

    [Theory]
    [InlineData("/search?soc=43-4051", new[] { "/roles/customer-service-specialist", "/roles/customer-support-specialist" })]
    [InlineData("/search?soc=43-4051.00", new[] { "/roles/customer-service-specialist", "/roles/customer-support-specialist" })]
    [InlineData("/search?soc=15-1232.00&q=support", new[] { "/roles/senior-support-specialist", "/roles/technical-support-engineer", "/roles/support-specialist" })]
    [InlineData("/search?soc=43-4051.01", new string[0])]
    public async Task Search_filters_by_the_code_alone_or_with_words(string path, string[] roles)
    {
        var page = await site.Factory.CreateClient().GetPageAsync(path);

        // Which roles the filter keeps, not how the words rank them: ranking has tests of its own, and BM25 (SQLite) and
        // ts_rank (PostgreSQL) order these three equally good matches differently.
        Assert.Equal(roles.Order(StringComparer.Ordinal), page.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/search?soc=15-123")]
    [InlineData("/search?soc=%27%20OR%201%3D1")]
    public async Task A_code_of_another_form_is_a_bad_request(string path)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
