using System.Net;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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

    [Fact]
    public async Task A_check_that_never_answers_makes_readiness_unhealthy_instead_of_holding_the_probe()
    {
        await using var site = CareerGuideFactory.WithTestContent().WithServices(services =>
            services.AddHealthChecks().AddAsyncCheck("stuck", async token =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return HealthCheckResult.Healthy();
            }, tags: ["ready"]));

        using var response = await site.CreateClient().GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
