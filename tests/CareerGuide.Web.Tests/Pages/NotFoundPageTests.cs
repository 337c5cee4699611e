using System.Net;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>Addresses that lead nowhere answer 404 with a page that helps the reader back into the site.</summary>
public sealed class NotFoundPageTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    [Theory]
    [InlineData("/roles/no-such-role")]
    [InlineData("/no/such/page")]
    public async Task Unknown_address_answers_404_with_a_page_that_links_home(string path)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("We could not find that page", Assert.Single(page.QuerySelectorAll("h1")).Text());
        // The layout links home on every page; the not-found page's own content must too.
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task Misspelled_role_slug_suggests_the_role_it_was_close_to()
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri("/roles/support-specialst", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("/roles/support-specialist", page.QuerySelectorAll("main ul.related a").Select(a => a.GetAttribute("href")));
    }
}
