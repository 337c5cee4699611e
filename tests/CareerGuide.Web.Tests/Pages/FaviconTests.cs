using System.Net;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>Browsers ask for the site's icon on every page: it answers with an image, so no console fills with 404s.</summary>
public sealed class FaviconTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    [Fact]
    public async Task Favicon_ico_answers_with_an_icon()
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        // An ICO file starts with a reserved zero word and the type 1 (icon).
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/support-specialist")]
    [InlineData("/embed/roles/support-specialist/salary")]
    public async Task Page_links_an_svg_icon_that_the_site_serves(string path)
    {
        var client = site.Factory.CreateClient();
        var page = await client.GetPageAsync(path);

        var icon = Assert.Single(page.Head!.QuerySelectorAll("link[rel='icon']"));
        Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
        using var response = await client.GetAsync(new Uri(icon.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }
}
