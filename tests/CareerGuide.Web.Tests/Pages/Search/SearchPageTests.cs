using AngleSharp.Html.Dom;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Search;

/// <summary>/search: roles that name the words come first, the true total, twenty to a page, pages that keep the search.</summary>
public sealed class SearchPageTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    private const string Search = "/search?q=" + SearchSiteFixture.Word;

    [Fact]
    public async Task Roles_that_name_the_word_as_a_skill_come_before_roles_that_only_mention_it()
    {
        var page = await site.Factory.CreateClient().GetPageAsync(Search);

        var titles = Titles(page);
        Assert.Equal(SearchSiteFixture.SkillTitles.Order(), titles.Take(3).Order());
        Assert.All(titles.Skip(3), title => Assert.Contains(title, SearchSiteFixture.MentionTitles));
    }

    [Fact]
    public async Task Every_match_is_on_exactly_one_page_and_each_page_links_to_the_next_with_the_same_filters()
    {
        var client = site.Factory.CreateClient();

        var titles = new List<string>();
        var pageSizes = new List<int>();
        string? next = Search + "&min=0";
        while (next is not null)
        {
            var page = await client.GetPageAsync(next);
            Assert.Equal($"{SearchSiteFixture.Matches} roles match “{SearchSiteFixture.Word}”, page {pageSizes.Count + 1} of 3.", page.QuerySelector(".result-count")?.Text());
            titles.AddRange(Titles(page));
            pageSizes.Add(Titles(page).Count);
            next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            Assert.True(next is null || next.StartsWith(Search + "&min=0&p=", StringComparison.Ordinal), $"The next page's link {next} drops the search.");
        }

        Assert.Equal([20, 20, 5], pageSizes);
        // Every role that has the word, once, and not the draft that has it in its title.
        Assert.Equal(SearchSiteFixture.SkillTitles.Concat(SearchSiteFixture.MentionTitles).Order(), titles.Order());
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var page = await site.Factory.CreateClient().GetPageAsync(Search + "&p=99");

        Assert.Equal(5, Titles(page).Count);
        Assert.Equal("Page 3 of 3", page.QuerySelector(".pager span")?.Text());
        Assert.NotNull(page.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task A_word_of_two_letters_matches_whole_words_only()
    {
        var page = await site.Factory.CreateClient().GetPageAsync("/search?q=it");

        Assert.Equal(["IT Support Technician"], Titles(page));
        var marks = page.QuerySelectorAll(".snippet mark");
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal("it", mark.Text(), ignoreCase: true));
    }

    private static List<string> Titles(IHtmlDocument page) => [.. page.QuerySelectorAll(".search-result h2").Select(h => h.Text())];
}
