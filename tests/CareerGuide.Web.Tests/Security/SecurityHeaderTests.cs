using System.Globalization;
using System.Net;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Security;

/// <summary>Every response, page or API or static file or error, carries a strict policy; only the salary card may be framed.</summary>
public sealed class SecurityHeaderTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    private const string Role = "support-specialist";

    public static TheoryData<string> Paths =>
    [
        "/",
        $"/roles/{Role}",
        $"/roles/{Role}/job-description",
        "/search?q=support",
        $"/compare?roles={Role}",
        "/api/v1/roles",
        $"/api/v1/roles/{Role}",
        "/api/v1/roles?page=0",
        "/css/site.css",
        "/js/copy-link.js",
        "/robots.txt",
        "/feed.xml",
        "/no-such-page",
        "/embedded/not-the-card",
        "/healthz/live",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Response_carries_a_strict_policy_and_may_not_be_framed(string path)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var policy = AssertStrictPolicy(response);
        Assert.Equal(["'none'"], policy.Sources("frame-ancestors"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Resource-Policy"));
    }

    [Fact]
    public async Task Error_page_after_a_failure_carries_every_security_header()
    {
        await using var fresh = CareerGuideFactory.WithTestContent();
        var broken = fresh.In("Production").WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<SiteUrls>(_ => throw new InvalidOperationException("broken on purpose"))));

        using var response = await broken.CreateClient().GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(["'none'"], AssertStrictPolicy(response).Sources("frame-ancestors"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Resource-Policy"));
    }

    [Fact]
    public async Task Salary_card_may_be_framed_by_other_sites_under_the_same_strict_policy()
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri($"/embed/roles/{Role}/salary", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = AssertStrictPolicy(response);
        Assert.DoesNotContain("'none'", policy.Sources("frame-ancestors"));
        Assert.NotEmpty(policy.Sources("frame-ancestors"));
        // X-Frame-Options has no "any site" value: sending it at all would forbid the embedding.
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("cross-origin", Header(response, "Cross-Origin-Resource-Policy"));
    }

    [Fact]
    public async Task Production_over_https_asks_browsers_to_keep_to_https_for_a_year()
    {
        await using var fresh = CareerGuideFactory.WithTestContent();
        // Not localhost: the HSTS middleware never sends the header to localhost, by design.
        using var client = fresh.In("Production").CreateClient(new() { BaseAddress = new Uri("https://careerguide.example") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var hsts = Header(response, "Strict-Transport-Security");
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(part => part.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], CultureInfo.InvariantCulture) >= 31_536_000, hsts);
    }

    [Theory]
    [InlineData("Development", "https://careerguide.example")]
    [InlineData("Production", "http://careerguide.example")]
    public async Task No_hsts_in_development_or_over_plain_http(string environment, string address)
    {
        await using var fresh = CareerGuideFactory.WithTestContent();
        using var client = fresh.In(environment).CreateClient(new() { BaseAddress = new Uri(address) });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>Asserts the headers every response shares and returns its policy for the framing checks.</summary>
    internal static ContentSecurityPolicy AssertStrictPolicy(HttpResponseMessage response)
    {
        var policy = ContentSecurityPolicy.Parse(Header(response, "Content-Security-Policy"));
        var scripts = policy.Sources("script-src");
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain(scripts, source => source is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:" or "http:" or "https:");
        Assert.Equal(["'none'"], policy.Sources("object-src"));
        Assert.True(policy.Sources("base-uri") is ["'self'"] or ["'none'"], "base-uri must be 'self' or 'none'.");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains(Header(response, "Referrer-Policy"), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
        var permissions = Header(response, "Permissions-Policy");
        Assert.All(new[] { "camera=()", "microphone=()", "geolocation=()" }, feature => Assert.Contains(feature, permissions, StringComparison.Ordinal));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        return policy;
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
