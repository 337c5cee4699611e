using System.Net;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests;

/// <summary>/healthz tells a load balancer whether the site and its database are up.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthz_answers_200_healthy()
    {
        await using var site = CareerGuideFactory.WithTestContent();

        using var response = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
