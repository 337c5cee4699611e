using System.Net;
using CareerGuide.Web.Tests.Api;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>Over-long queries and bodies are refused with a 4xx before they cost anything, never answered with a 500.</summary>
public sealed class RequestLimitTests(ProductionSiteFixture site) : IClassFixture<ProductionSiteFixture>
{
    private static readonly string LongQuery = new('a', 5_000);

    [Fact]
    public async Task Search_longer_than_the_form_allows_is_a_bad_request_page()
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri($"/search?q={LongQuery}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form.search-form"));
        Assert.Empty(page.QuerySelectorAll(".search-result"));
    }

    [Fact]
    public async Task Api_query_longer_than_allowed_is_a_problem_naming_the_parameter()
    {
        var problem = await site.Factory.CreateClient().GetProblemAsync($"/api/v1/roles?q={LongQuery}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Request_line_longer_than_the_server_allows_gets_414()
    {
        await using var kestrel = CareerGuideFactory.WithRepositoryContent();
        using var client = kestrel.KestrelClient();

        using var response = await client.GetAsync(new Uri($"/search?q={new string('a', 10_000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        // The site refuses it, not Kestrel, so the answer carries every security header, and no body.
        Assert.Equal(["'none'"], SecurityHeaderTests.AssertStrictPolicy(response).Sources("frame-ancestors"));
        Assert.Equal("same-origin", SecurityHeaderTests.Header(response, "Cross-Origin-Resource-Policy"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Body_larger_than_the_server_allows_is_refused()
    {
        await using var kestrel = CareerGuideFactory.WithRepositoryContent();
        using var client = kestrel.KestrelClient();
        using var body = new ByteArrayContent(new byte[100 * 1024]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await client.PostAsync(new Uri("/search", UriKind.Relative), body);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
