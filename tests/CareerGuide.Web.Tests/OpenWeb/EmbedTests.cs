using System.Net;
using AngleSharp.Html.Parser;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Security;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>The salary card other sites put in an iframe: a small self-contained page, and the snippet recruiters paste.</summary>
public sealed class EmbedTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Slug = SampleSiteFixture.SupportSpecialist;
    private const string CardPath = $"/embed/roles/{Slug}/salary";

    [Fact]
    public async Task Salary_card_shows_the_median_range_and_levels_with_a_link_to_the_salary_section()
    {
        var guide = SampleSiteFixture.Guide(Slug);

        var card = await site.Factory.CreateClient().GetPageAsync(CardPath);

        var title = card.QuerySelector("h1 a");
        Assert.Equal((guide.Title, $"/roles/{Slug}#salary", "_blank"), (title?.Text(), title?.GetAttribute("href"), title?.GetAttribute("target")));
        Assert.Equal(SiteText.Dollars(guide.Facts.MedianSalary!.Amount), card.QuerySelector(".median .figure")?.Text());
        Assert.Equal(
            guide.SalaryLevels.Select(level => level.Level),
            card.QuerySelectorAll("tbody tr th[scope='row']").Select(th => th.Text()));
        Assert.Contains(SampleSiteFixture.Citation(guide, guide.Facts.MedianSalary.SourceId), card.QuerySelector(".source")?.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_card_stands_alone_without_the_site_layout_scripts_or_indexing()
    {
        var card = await site.Factory.CreateClient().GetPageAsync(CardPath);

        Assert.Null(card.QuerySelector("header.site-header"));
        Assert.Empty(card.QuerySelectorAll("script"));
        Assert.Equal("noindex", card.Meta("robots"));
        Assert.All(card.QuerySelectorAll("a"), a => Assert.Equal("_blank", a.GetAttribute("target")));
    }

    [Fact]
    public async Task Snippet_on_the_job_description_page_frames_this_role_card()
    {
        var client = site.Factory.CreateClient();
        var page = await client.GetPageAsync($"/roles/{Slug}/job-description");

        var snippet = page.QuerySelector("textarea#embed-snippet")!.TextContent;
        var iframe = Assert.Single(new HtmlParser().ParseDocument(snippet).QuerySelectorAll("iframe"));

        Assert.Equal(client.Absolute(CardPath), iframe.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
        using var card = await client.ExpectAsync(iframe.GetAttribute("src")!, HttpStatusCode.OK, "text/html");
        Assert.Equal(["*"], ContentSecurityPolicy.Of(card).Sources("frame-ancestors"));
    }

    [Fact]
    public async Task Card_of_a_draft_or_unknown_role_is_not_found()
    {
        var client = site.Factory.CreateClient();

        foreach (var slug in new[] { SampleSiteFixture.Draft, "no-such-role" })
        {
            using var response = await client.GetAsync(new Uri($"/embed/roles/{slug}/salary", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
