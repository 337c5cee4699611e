using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>The home page lists every published role under its category, with its title, summary and median salary.</summary>
public sealed class IndexPageTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    public static TheoryData<string> Slugs => new(RepositoryContent.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Home_page_lists_the_role_with_its_title_link_summary_and_median_salary(string slug)
    {
        var guide = RepositoryContent.Parse(slug);

        var page = await site.Factory.CreateClient().GetPageAsync("/");

        var card = Assert.Single(page.QuerySelectorAll("li.role-card"), c => c.QuerySelector($"h3 a[href='/roles/{slug}']") is not null);
        Assert.Equal(guide.Title, card.QuerySelector("h3 a")!.Text());
        Assert.Equal(guide.Summary, card.QuerySelector("p")!.Text());
        var median = card.QuerySelectorAll("dl.role-card-facts > div").Single(fact => fact.QuerySelector("dt")?.Text() == "Median salary");
        Assert.Equal(
            guide.Facts.MedianSalary is { } m ? $"{SiteText.Dollars(m.Amount)} {SiteText.Per(m.Per)}" : "Not published",
            median.QuerySelector("dd")?.Text());
        Assert.Equal(guide.Category, card.Closest("section.category")?.QuerySelector("h2")?.Text());
    }

    [Fact]
    public async Task Home_page_has_one_h2_per_category_and_one_card_per_guide()
    {
        var guides = RepositoryContent.Slugs.Select(RepositoryContent.Parse).ToList();

        var page = await site.Factory.CreateClient().GetPageAsync("/");

        var categories = page.QuerySelectorAll("section.category > h2").Select(h2 => h2.Text());
        Assert.Equal(guides.Select(g => g.Category).Distinct().Order(StringComparer.Ordinal), categories);
        Assert.Equal(guides.Count, page.QuerySelectorAll("li.role-card").Length);
    }

    [Fact]
    public async Task Roles_are_grouped_under_the_heading_of_their_category()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        test.WriteGuide("data-engineer", new GuideBuilder("Data Engineer").With("category", "Data").Build());
        test.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").With("category", "Data").Build());

        var page = await test.CreateClient().GetPageAsync("/");

        var groups = page.QuerySelectorAll("section.category").Select(section =>
            section.QuerySelector("h2")!.Text() + ": " + string.Join(", ", section.QuerySelectorAll("li.role-card h3 a").Select(a => a.GetAttribute("href"))));
        Assert.Equal(["Customer Support: /roles/support-specialist", "Data: /roles/data-analyst, /roles/data-engineer"], groups);
    }

    [Fact]
    public async Task Draft_guide_is_not_listed()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        test.WriteGuide("support-lead", new GuideBuilder("Support Lead").With("draft", "true").Build());

        var page = await test.CreateClient().GetPageAsync("/");

        Assert.Equal(["/roles/support-specialist"], page.QuerySelectorAll("li.role-card h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(1, await test.QueryAsync(db => db.Roles.CountAsync(r => r.IsDraft)));
    }
}
