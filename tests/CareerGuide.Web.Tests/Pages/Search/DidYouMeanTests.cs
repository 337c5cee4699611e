using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Search;

/// <summary>"Did you mean" knows the words of the content as it is now: kept in memory, it follows every ingestion.</summary>
public sealed class DidYouMeanTests
{
    [Fact]
    public async Task A_word_that_arrives_with_a_new_guide_is_offered_after_the_next_ingestion()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();
        Assert.Null((await client.GetPageAsync("/search?q=kubernetis")).QuerySelector(".did-you-mean"));
        site.WriteGuide("platform-engineer", new GuideBuilder("Platform Engineer").WithSection("Tools", "- Kubernetes").Build());

        await site.IngestAsync();

        Assert.Equal("kubernetes", (await client.GetPageAsync("/search?q=kubernetis&p=1")).QuerySelector(".did-you-mean a")?.Text());
    }

    [Fact]
    public async Task A_word_is_offered_until_the_last_guide_that_has_it_is_removed()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("platform-engineer", new GuideBuilder("Platform Engineer").WithSection("Tools", "- Kubernetes").Build());
        site.WriteGuide("site-reliability-engineer", new GuideBuilder("Site Reliability Engineer").WithSection("Tools", "- Kubernetes").Build());
        await site.IngestAsync();
        var client = site.CreateClient();

        site.DeleteGuide("platform-engineer");
        await site.IngestAsync();
        var whileOneHasIt = (await client.GetPageAsync("/search?q=kubernetis")).QuerySelector(".did-you-mean a")?.Text();
        site.DeleteGuide("site-reliability-engineer");
        await site.IngestAsync();

        Assert.Equal("kubernetes", whileOneHasIt);
        Assert.Null((await client.GetPageAsync("/search?q=kubernetis&p=1")).QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task A_misspelt_role_address_suggests_the_role_whose_title_it_meant()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("platform-engineer", new GuideBuilder("Platform Engineer").Build());
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());

        using var response = await site.CreateClient().GetAsync(new Uri("/roles/platfrom-enginer", UriKind.Relative));

        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal(["/roles/platform-engineer"], page.QuerySelectorAll("main ul.related a").Select(a => a.GetAttribute("href")));
    }
}
