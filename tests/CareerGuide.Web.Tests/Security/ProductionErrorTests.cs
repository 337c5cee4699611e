using System.Net;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Security;

/// <summary>A failure in Production shows a plain apology: nothing of the exception, the code or the server reaches the client.</summary>
public sealed class ProductionErrorTests
{
    private const string Secret = "connection-string-password-1234";

    [Theory]
    [InlineData("/roles/support-specialist")]
    [InlineData("/api/v1/roles")]
    [InlineData("/sitemap.xml")]
    public async Task Failure_answers_500_without_a_stack_trace(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        // Every one of these paths builds absolute URLs, so a broken SiteUrls breaks them all.
        var broken = site.In("Production").WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<SiteUrls>(_ => throw new InvalidOperationException($"Database login failed: {Secret}"))));

        using var response = await broken.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat [\w.]+\(|\.cs:line \d+", body);
        Assert.DoesNotContain(response.Headers, header => header.Value.Any(value => value.Contains(Secret, StringComparison.Ordinal)));
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "The error page must carry the security headers too.");
    }
}
