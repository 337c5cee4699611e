using System.Net;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// Absolute URLs (canonical links, sharing tags, structured data, sitemap, feed, robots.txt, the API, the embed code)
/// are shared and cached far beyond one request: in Production they never come from a Host header nobody vetted.
/// </summary>
public sealed class HostHeaderTests
{
    private const string ForgedHost = "attacker.example";

    public static TheoryData<string> PagesWithAbsoluteUrls { get; } =
    [
        "/",
        "/roles/support-specialist",
        "/roles/support-specialist/job-description",
        "/sitemap.xml",
        "/feed.xml",
        "/robots.txt",
        "/api/v1/roles",
        "/api/v1/roles/support-specialist",
        "/openapi/v1.json",
    ];

    [Theory]
    [MemberData(nameof(PagesWithAbsoluteUrls))]
    public async Task A_forged_host_never_reaches_an_absolute_url_when_any_host_is_allowed(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();

        var body = await GetAsync(site.In("Production", ("AllowedHosts", "*")), path, ForgedHost);

        Assert.DoesNotContain(ForgedHost, body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(PagesWithAbsoluteUrls))]
    public async Task The_configured_base_url_is_every_absolute_url(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();

        var body = await GetAsync(site.In("Production", ("AllowedHosts", "*"), ("Site:BaseUrl", "https://careers.example/")), path, ForgedHost);

        Assert.Contains("https://careers.example", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_host_listed_in_allowed_hosts_gives_the_absolute_urls_when_no_base_url_is_set()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();

        var body = await GetAsync(site.In("Production", ("AllowedHosts", "careers.example;www.careers.example")), "/sitemap.xml", "www.careers.example");

        Assert.Contains("<loc>http://www.careers.example/roles/support-specialist</loc>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*", null, true)]
    [InlineData("careers.example", null, false)]
    [InlineData("*", "https://careers.example", false)]
    public async Task Start_up_warns_when_nothing_vets_the_address_of_absolute_urls(string allowedHosts, string? baseUrl, bool warned)
    {
        var log = new CapturedLog();
        await using var site = CareerGuideFactory.WithRepositoryContent().WithServices(services => services.AddSingleton<ILogEventSink>(log));
        (string, string)[] settings = baseUrl is null ? [("AllowedHosts", allowedHosts)] : [("AllowedHosts", allowedHosts), ("Site:BaseUrl", baseUrl)];

        _ = site.In("Production", settings).Services;

        Assert.Equal(warned, log.Messages(LogEventLevel.Warning).Any(m => m.Contains("Site:BaseUrl", StringComparison.Ordinal)));
    }

    private static async Task<string> GetAsync(WebApplicationFactory<Program> site, string path, string host)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
