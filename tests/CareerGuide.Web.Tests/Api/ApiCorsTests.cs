using System.Net;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Api;

/// <summary>Any site's scripts may read the API with GET; the site's own pages are not opened to other origins.</summary>
public sealed class ApiCorsTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Origin = "https://jobs.example.com";

    [Theory]
    [InlineData("/api/v1/roles")]
    [InlineData($"/api/v1/roles/{SampleSiteFixture.SupportSpecialist}")]
    [InlineData("/api/v1/roles/no-such-role")]
    public async Task Get_from_another_origin_is_allowed_even_when_the_answer_was_cached_for_a_same_origin_client(string path)
    {
        var client = site.Factory.CreateClient();
        using var sameOrigin = await client.GetAsync(new Uri(path, UriKind.Relative));

        using var crossOrigin = await GetFromAsync(client, path);

        Assert.Equal(sameOrigin.StatusCode, crossOrigin.StatusCode);
        Assert.Equal(["*"], crossOrigin.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_allows_get_but_not_post()
    {
        var client = site.Factory.CreateClient();

        using var get = await PreflightAsync(client, "GET");
        using var post = await PreflightAsync(client, "POST");

        Assert.Equal(HttpStatusCode.NoContent, get.StatusCode);
        Assert.Contains("GET", get.Headers.GetValues("Access-Control-Allow-Methods").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Site_pages_are_not_opened_to_other_origins()
    {
        using var response = await GetFromAsync(site.Factory.CreateClient(), $"/roles/{SampleSiteFixture.SupportSpecialist}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string method) =>
        SendFromOtherOriginAsync(client, HttpMethod.Options, "/api/v1/roles", ("Access-Control-Request-Method", method));

    private static Task<HttpResponseMessage> GetFromAsync(HttpClient client, string path) =>
        SendFromOtherOriginAsync(client, HttpMethod.Get, path);

    private static async Task<HttpResponseMessage> SendFromOtherOriginAsync(HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await client.SendAsync(request);
    }
}
