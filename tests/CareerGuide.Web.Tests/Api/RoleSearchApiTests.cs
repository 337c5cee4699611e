using CareerGuide.Web.Tests.OpenWeb;
using CareerGuide.Web.Tests.Pages.Search;

namespace CareerGuide.Web.Tests.Api;

/// <summary>GET /api/v1/roles?q=: the search's ranking, paged like the list, with the true number of matches.</summary>
public sealed class RoleSearchApiTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    [Fact]
    public async Task Search_pages_hold_every_match_once_in_the_order_of_the_search_page()
    {
        var client = site.Factory.CreateClient();

        var pages = new List<System.Text.Json.JsonElement>();
        for (var page = 1; page <= 5; page++)
        {
            pages.Add(await client.GetJsonAsync($"/api/v1/roles?q={SearchSiteFixture.Word}&page={page}&pageSize=10"));
        }

        Assert.All(pages, page => Assert.Equal(SearchSiteFixture.Matches, page.GetProperty("total").GetInt32()));
        Assert.Equal([10, 10, 10, 10, 5], pages.Select(page => page.GetProperty("items").GetArrayLength()));
        var titles = pages.SelectMany(page => page.GetProperty("items").EnumerateArray().Select(card => card.GetProperty("title").GetString()!)).ToList();
        Assert.Equal(SearchSiteFixture.SkillTitles.Order(), titles.Take(3).Order());
        Assert.Equal(SearchSiteFixture.SkillTitles.Concat(SearchSiteFixture.MentionTitles).Order(), titles.Order());
    }
}
