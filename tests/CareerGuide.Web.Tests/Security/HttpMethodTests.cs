using System.Net;
using CareerGuide.Web.Tests.Api;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>The site only reads: every address answers GET and HEAD, any other method a 405 that names them, never a 500.</summary>
public sealed class HttpMethodTests(ProductionSiteFixture site) : IClassFixture<ProductionSiteFixture>
{
    private const string Role = "/roles/support-specialist";

    private static readonly string[] Pages =
    [
        "/", "/?category=Customer%20Support", Role, $"{Role}/job-description", "/embed/roles/support-specialist/salary",
        "/search?q=support", "/compare?roles=support-specialist,customer-support-specialist",
    ];

    private static readonly string[] Api = ["/api/v1/roles", "/api/v1/roles/support-specialist"];

    private static readonly string[] Others =
    [
        "/sitemap.xml", "/feed.xml", "/robots.txt", $"{Role}/share.png", "/openapi/v1.json", "/css/site.css",
        "/healthz", "/healthz/live", "/healthz/ready",
    ];

    private static readonly string[] OtherMethods = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "POST", "FOO"];

    public static TheoryData<string> Addresses => [.. Pages, .. Api, .. Others];

    public static TheoryData<string, string> PagesWithOtherMethods => Combine(Pages);

    public static TheoryData<string, string> ApiWithOtherMethods => Combine(Api);

    public static TheoryData<string, string> OthersWithOtherMethods => Combine(Others);

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Head_answers_like_get(string path)
    {
        var client = site.Factory.CreateClient();

        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await SendAsync(client, "HEAD", path);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        // Kestrel drops a HEAD response's body itself; the test server passes it on, so only the headers are compared.
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [MemberData(nameof(PagesWithOtherMethods))]
    public async Task A_page_asked_with_another_method_is_the_site_405_page_naming_get_and_head(string path, string method)
    {
        using var response = await SendAsync(site.Factory.CreateClient(), method, path);

        AssertNotAllowed(response);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("(error 405)", page.QuerySelector("p.lead")?.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiWithOtherMethods))]
    public async Task The_api_asked_with_another_method_is_a_405_problem_naming_get_and_head(string path, string method)
    {
        using var response = await SendAsync(site.Factory.CreateClient(), method, path);

        AssertNotAllowed(response);
        await Problems.ReadProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [MemberData(nameof(OthersWithOtherMethods))]
    public async Task Feeds_images_assets_and_health_asked_with_another_method_are_405_naming_get_and_head(string path, string method)
    {
        using var response = await SendAsync(site.Factory.CreateClient(), method, path);

        AssertNotAllowed(response);
    }

    private static void AssertNotAllowed(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        return await client.SendAsync(request);
    }

    private static TheoryData<string, string> Combine(string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            foreach (var method in OtherMethods)
            {
                data.Add(path, method);
            }
        }

        return data;
    }
}
