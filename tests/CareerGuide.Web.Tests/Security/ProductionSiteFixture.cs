using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.Security;

/// <summary>One site on the repository's guides in the Production environment per test class.</summary>
public sealed class ProductionSiteFixture : IAsyncLifetime
{
    private readonly CareerGuideFactory _site = CareerGuideFactory.WithRepositoryContent();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = _site.In("Production");
        // Touching the services starts the host, which migrates and ingests before the first test runs.
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
