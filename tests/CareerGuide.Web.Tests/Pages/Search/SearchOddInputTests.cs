using System.Net;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Search;

/// <summary>Whatever a visitor types into search, operators of either provider's query language included, is a page, never an error.</summary>
public sealed class SearchOddInputTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    [Theory]
    [InlineData("\"zendesk")]
    [InlineData("zendesk*")]
    [InlineData("zen:*")]
    [InlineData("zendesk:A")]
    [InlineData("zendesk & !chat")]
    [InlineData("!zendesk | (chat")]
    [InlineData("zendesk NEAR(chat)")]
    [InlineData("title: zendesk")]
    [InlineData("' OR 1=1; DROP TABLE \"Roles\"; --")]
    [InlineData("zendesk \\ ' '' \\'")]
    [InlineData("🙂 zendesk 🚀")]
    [InlineData("***")]
    public async Task Query_syntax_in_the_search_box_is_read_as_words(string typed)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(typed), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form.search-form"));
    }

    [Fact]
    public async Task Three_thousand_characters_of_search_are_a_bad_request_page_not_an_error()
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("zendesk \"*:& ", 215))), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await HtmlPages.ParseAsync(response)).QuerySelector("form.search-form"));
    }

    [Fact]
    public async Task Words_found_among_the_operators_still_find_their_roles()
    {
        var page = await site.Factory.CreateClient().GetPageAsync("/search?q=" + Uri.EscapeDataString("\"zendesk\"* & !"));

        Assert.NotEmpty(page.QuerySelectorAll(".search-result"));
    }
}
