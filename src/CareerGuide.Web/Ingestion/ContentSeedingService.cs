using CareerGuide.Web.Data;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>At start-up, brings the schema up to date and ingests the content folder before the first request is served.</summary>
public sealed class ContentSeedingService(IServiceScopeFactory scopes, IOptions<ContentOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>().PrepareAsync(cancellationToken);
        if (options.Value.IngestOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<ContentIngestor>().IngestAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
