using System.Net;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.OpenWeb;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Site;

/// <summary>
/// Every address of the site comes from one builder: each kind has the path its route declares, the absolute URL is
/// the site's address before that path, values are escaped, and each path reaches the page or endpoint it names.
/// </summary>
public sealed class SiteLinksTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Slug = SampleSiteFixture.SupportSpecialist;

    private static readonly Dictionary<string, (Func<SiteLinks, string> Link, string Path)> Kinds = new()
    {
        ["home"] = (links => links.Home(), "/"),
        ["home in an order"] = (links => links.Home("salary"), "/?sort=salary"),
        ["category section of the home page"] = (links => links.HomeSection("Customer Support"), "/#category-customer-support"),
        ["category"] = (links => links.Category("Customer Support", "title"), "/?category=Customer%20Support&sort=title"),
        ["category page"] = (links => links.Category("Customer Support", "growth", 2), "/?category=Customer%20Support&sort=growth&p=2"),
        ["role"] = (links => links.Role(Slug), $"/roles/{Slug}"),
        ["role section"] = (links => links.RoleSection(Slug, "salary"), $"/roles/{Slug}#salary"),
        ["job description"] = (links => links.JobDescription(Slug), $"/roles/{Slug}/job-description"),
        ["job description download"] = (links => links.JobDescription(Slug, "markdown"), $"/roles/{Slug}/job-description?format=markdown"),
        ["salary card"] = (links => links.SalaryCard(Slug), $"/embed/roles/{Slug}/salary"),
        ["share image"] = (links => links.ShareImage(Slug), $"/roles/{Slug}/share.png"),
        ["compare"] = (links => links.Compare([Slug, SampleSiteFixture.DataAnalyst]), $"/compare?roles={Slug},{SampleSiteFixture.DataAnalyst}"),
        ["empty compare"] = (links => links.Compare([]), "/compare"),
        ["search page"] = (links => links.Search(), "/search"),
        ["search"] = (links => links.Search("support"), "/search?q=support"),
        ["search results page"] = (links => links.SearchResults(QueryHelpers.ParseQuery("?q=support&min=0&p=1"), 2), "/search?q=support&min=0&p=2"),
        ["editor"] = (links => links.Editor(), "/editor"),
        ["editor preview"] = (links => links.EditorPreview(SampleSiteFixture.Draft), $"/editor/preview/{SampleSiteFixture.Draft}"),
        ["api role"] = (links => links.ApiRole(Slug), $"/api/v1/roles/{Slug}"),
        ["sitemap"] = (links => links.Sitemap(), "/sitemap.xml"),
        ["feed"] = (links => links.Feed(), "/feed.xml"),
    };

    public static TheoryData<string> KindNames { get; } = [.. Kinds.Keys];

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Each_kind_of_address_has_the_path_its_route_declares(string kind)
    {
        var (link, path) = Kinds[kind];

        Assert.Equal(path, link(site.Factory.Services.GetRequiredService<SiteLinks>()));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public async Task Each_path_reaches_the_page_or_endpoint_it_names(string kind)
    {
        var path = Kinds[kind].Path;

        using var response = await site.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_absolute_url_is_the_configured_address_before_its_path()
    {
        await using var configured = site.Factory.In("Development", ("Site:BaseUrl", "https://careers.example/"));
        await using var scope = configured.Services.CreateAsyncScope();
        var links = scope.ServiceProvider.GetRequiredService<SiteLinks>();
        var urls = scope.ServiceProvider.GetRequiredService<SiteUrls>();

        Assert.All(Kinds.Values, kind => Assert.Equal("https://careers.example" + kind.Path, urls.Absolute(kind.Link(links))));
        Assert.Equal(
            ["https://careers.example/", $"https://careers.example/roles/{Slug}", $"https://careers.example/embed/roles/{Slug}/salary",
             $"https://careers.example/roles/{Slug}/share.png", "https://careers.example/sitemap.xml", "https://careers.example/feed.xml"],
            [urls.Home(), urls.Role(Slug), urls.SalaryCard(Slug), urls.ShareImage(Slug), urls.Sitemap(), urls.Feed()]);
    }

    [Fact]
    public void Values_that_need_escaping_are_escaped_in_paths_queries_and_anchors()
    {
        var links = site.Factory.Services.GetRequiredService<SiteLinks>();

        Assert.Equal("/roles/a%20b%2Fc%3Fd%C3%A9", links.Role("a b/c?dé"));
        Assert.Equal("/embed/roles/a%20b%2Fc/salary", links.SalaryCard("a b/c"));
        Assert.Equal("/roles/a%23b#a%20b", links.RoleSection("a#b", "a b"));
        Assert.Equal("/search?q=C%2B%2B%20%26%20C%23", links.Search("C++ & C#"));
        Assert.Equal("/?category=Data%20%26%20AI&sort=title", links.Category("Data & AI", "title"));
        Assert.Equal("/compare?roles=a%26b,c", links.Compare(["a&b", "c"]));
    }
}
