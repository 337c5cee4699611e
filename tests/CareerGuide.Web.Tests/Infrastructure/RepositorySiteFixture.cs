namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>One site on the repository's guides per test class: the guides are ingested once, at its start.</summary>
public sealed class RepositorySiteFixture : IAsyncLifetime
{
    public CareerGuideFactory Factory { get; } = CareerGuideFactory.WithRepositoryContent();

    public Task InitializeAsync()
    {
        // Touching the services starts the host, which migrates and ingests before the first test runs.
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
