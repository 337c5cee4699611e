using System.Globalization;
using AngleSharp.Html.Dom;
using CareerGuide.Content;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>Each of the repository's guides, served at /roles/{slug}, shows what GuideParser reads from the same file.</summary>
public sealed class RolePageTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    public static TheoryData<string> Slugs => new(RepositoryContent.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Page_has_exactly_one_h1_equal_to_the_guide_title(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(guide.Title, h1.Text());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Salary_table_rows_match_the_guide_salary_table(string slug)
    {
        var (guide, page) = await LoadAsync(slug);
        var hasAverage = guide.SalaryLevels.Any(l => l.Average is not null);

        var expected = guide.SalaryLevels.Select(level => Row(hasAverage
            ? [level.Level, SiteText.Dollars(level.Median), level.Average is { } average ? SiteText.Dollars(average) : "–"]
            : [level.Level, SiteText.Dollars(level.Median)]));
        var rows = page.QuerySelectorAll("table.salary-table tbody tr")
            .Select(row => Row([row.QuerySelector("th[scope=row]")!.Text(), .. row.QuerySelectorAll("td").Select(cell => cell.Text())]));

        Assert.Equal(expected, rows);
        Assert.Equal(guide.SalaryLevels.Count > 0, page.QuerySelector("section#salary table.salary-table") is not null);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Career_steps_match_the_guide_ladder_in_order(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var expected = guide.CareerSteps.Select(s => Row([s.Anchor, s.Title, s.Years.Text, .. s.FocusAreas]));
        var steps = page.QuerySelectorAll("li.career-step").Select(step => Row(
            [step.Id ?? "", step.QuerySelector("h3")!.HeadingText(), step.QuerySelector(".years")!.Text(), .. step.QuerySelectorAll(".focus-areas li").Select(li => li.Text())]));

        Assert.Equal(expected, steps);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Faq_questions_and_their_ids_match_the_guide(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var questions = page.QuerySelectorAll("section#faq .faq").Select(faq => (faq.Id, faq.QuerySelector("h3")?.HeadingText()));

        Assert.Equal(guide.Faqs.Select(f => ((string?)f.Anchor, (string?)f.Question)), questions);
        Assert.NotEmpty(guide.Faqs);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_section_appears_in_order_with_its_anchor_and_h2(string slug)
    {
        var (guide, page) = await LoadAsync(slug);
        string[] pageParts = ["related-roles", "leads-here", "sources"];

        var sections = page.QuerySelectorAll(".role-body > section").Select(s => (s.Id, Heading: s.QuerySelector(":scope > h2")?.HeadingText())).ToList();

        Assert.Equal(guide.Sections.Select(s => ((string?)s.Anchor, (string?)s.Heading)), sections.Take(guide.Sections.Count));
        Assert.All(sections.Skip(guide.Sections.Count), s => Assert.Contains(s.Id, pageParts));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Key_facts_show_the_median_salary_when_the_guide_has_one(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var figure = page.QuerySelector(".key-facts #fact-median-salary .figure")?.Text();

        Assert.Equal(guide.Facts.MedianSalary is { } median ? SiteText.Dollars(median.Amount) : null, figure);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Related_roles_link_only_to_roles_that_exist(string slug)
    {
        var (guide, page) = await LoadAsync(slug);
        var client = site.Factory.CreateClient();

        var links = page.QuerySelectorAll("#related-roles a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(guide.Related.Where(RepositoryContent.Slugs.Contains).Select(s => "/roles/" + s), links);
        foreach (var link in links)
        {
            await client.GetPageAsync(link!);
        }
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Sources_are_listed_with_their_names_links_and_dates(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var expected = guide.Sources.Select(s => Row([s.Name, s.Url ?? "", s.Date is null ? "" : ", " + SiteText.SourceDate(s.Date)]));
        var listed = page.QuerySelectorAll("#sources ol.sources > li").Select(li => Row(
            [li.QuerySelector(".source-name")!.Text(), li.QuerySelector("a.source-name")?.GetAttribute("href") ?? "", li.QuerySelector(".source-date")?.Text() ?? ""]));

        Assert.Equal(expected, listed);
        Assert.NotEmpty(guide.Sources);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Last_updated_date_is_shown_in_a_time_element(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var time = page.QuerySelector(".role-header .updated time");

        Assert.Equal(guide.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time?.GetAttribute("datetime"));
        Assert.Equal(SiteText.Date(guide.Updated), time?.Text());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Heading_levels_never_skip(string slug)
    {
        var (_, page) = await LoadAsync(slug);

        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: h.Text())).ToList();

        Assert.Equal(1, levels[0].Level);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i].Level <= levels[i - 1].Level + 1, $"h{levels[i].Level} '{levels[i].Text}' follows h{levels[i - 1].Level} '{levels[i - 1].Text}'");
        }
    }

    private async Task<(RoleGuide Guide, IHtmlDocument Page)> LoadAsync(string slug) =>
        (RepositoryContent.Parse(slug), await site.Factory.CreateClient().GetPageAsync("/roles/" + slug));

    /// <summary>A row of cells as one comparable value, so a mismatch prints the whole row.</summary>
    private static string Row(IEnumerable<string> cells) => string.Join(" | ", cells);
}
