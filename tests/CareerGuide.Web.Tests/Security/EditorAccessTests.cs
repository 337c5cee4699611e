using System.Net;
using CareerGuide.Web.Pages.Editor;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// Outside Development the editor pages answer only to the key, look like any missing page to everyone else,
/// and never hand the key back: not in a page, a header, a cookie or an address.
/// </summary>
public sealed class EditorAccessTests
{
    private const string Key = "k3y-only-editors-know-0123456789";
    private const string Preview = "/editor/preview/support-specialist";

    public static TheoryData<string> EditorPaths => ["/editor", Preview];

    [Theory]
    [MemberData(nameof(EditorPaths))]
    public async Task Without_the_key_an_editor_page_answers_like_a_missing_page(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = Production(site).CreateClient();
        var missing = await ReadAsync(client, new HttpRequestMessage(HttpMethod.Get, "/no-such-page"));

        var attempts = new[]
        {
            new HttpRequestMessage(HttpMethod.Get, path),
            new HttpRequestMessage(HttpMethod.Get, $"{path}?key=wrong"),
            new HttpRequestMessage(HttpMethod.Get, $"{path}?key="),
            WithHeader(new HttpRequestMessage(HttpMethod.Get, path), EditorAccessFilter.HeaderName, Key + "x"),
            WithHeader(new HttpRequestMessage(HttpMethod.Get, path), "Cookie", $"editor-key={Key[..^1]}"),
        };
        foreach (var attempt in attempts)
        {
            Assert.Equal(missing, await ReadAsync(client, attempt));
        }
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("TRACE")]
    public async Task Another_method_on_an_editor_page_answers_as_on_a_missing_page(string method)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = Production(site).CreateClient();

        var missing = await ReadAsync(client, new HttpRequestMessage(new HttpMethod(method), "/no-such-page"));
        var editor = await ReadAsync(client, new HttpRequestMessage(new HttpMethod(method), "/editor"));

        Assert.Equal(missing, editor);
    }

    [Fact]
    public async Task Without_a_configured_key_the_editor_stays_closed()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.In("Production").CreateClient();

        using var empty = await client.GetAsync(new Uri("/editor?key=", UriKind.Relative));
        using var header = await client.SendAsync(WithHeader(new HttpRequestMessage(HttpMethod.Get, "/editor"), EditorAccessFilter.HeaderName, ""));

        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, header.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EditorPaths))]
    public async Task The_key_in_a_header_opens_an_editor_page_that_is_neither_cached_nor_indexed(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = Production(site).CreateClient();

        using var response = await client.SendAsync(WithHeader(new HttpRequestMessage(HttpMethod.Get, path), EditorAccessFilter.HeaderName, Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        AssertNoKey(response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("key")]
    [InlineData("KEY")]
    public async Task The_key_in_the_address_is_traded_for_a_cookie_and_dropped_from_the_address(string name)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = Production(site).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var redirect = await client.GetAsync(new Uri($"{Preview}?{name}={Key}&tab=problems", UriKind.Relative));

        Assert.True(redirect.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"Expected a redirect, got {redirect.StatusCode}.");
        Assert.Equal($"{Preview}?tab=problems", redirect.Headers.Location?.OriginalString);
        var cookie = Assert.Single(redirect.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        AssertNoKey(redirect, await redirect.Content.ReadAsStringAsync());

        // The cookie alone now opens every editor page.
        foreach (var path in new[] { Preview, "/editor" })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertNoKey(page, await page.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Robots_txt_does_not_point_at_the_editor()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();

        using var client = Production(site).CreateClient();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.DoesNotContain("/editor", robots, StringComparison.OrdinalIgnoreCase);
    }

    private static WebApplicationFactory<Program> Production(CareerGuideFactory site) => site.In("Production", ("Editor:Key", Key));

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>The status and body of a response, for comparing what two requests saw.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ReadAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static void AssertNoKey(HttpResponseMessage response, string body)
    {
        Assert.DoesNotContain(Key, body, StringComparison.Ordinal);
        var headers = response.Headers.Concat(response.Content.Headers).SelectMany(header => header.Value.Select(value => $"{header.Key}: {value}"));
        Assert.DoesNotContain(headers, header => header.Contains(Key, StringComparison.Ordinal));
    }
}
