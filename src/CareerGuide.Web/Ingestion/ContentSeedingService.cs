using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// At start-up, ingests the content folder into the database the start prepared. On a first run, with nothing to serve
/// yet, requests wait for it; on a restart the last good content is served at once and brought up to date in the
/// background, and <c>/healthz/ready</c> says when it is.
/// </summary>
public sealed partial class ContentSeedingService(IServiceScopeFactory scopes, IOptions<ContentOptions> options, ILogger<ContentSeedingService> logger) : BackgroundService
{
    private bool _ingestInBackground;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        bool hasContent;
        await using (var scope = scopes.CreateAsyncScope())
        {
            hasContent = await scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>().Roles.AnyAsync(cancellationToken);
        }

        if (options.Value.IngestOnStart && !hasContent)
        {
            await IngestAsync(cancellationToken);
        }

        _ingestInBackground = options.Value.IngestOnStart && hasContent;
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_ingestInBackground)
        {
            return;
        }

        // Off the start-up path at once: the host goes on to listen while this runs.
        await Task.Yield();
        try
        {
            await IngestAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it finished: the transaction was rolled back, and the next start does the work.
        }
        catch (Exception e)
        {
            // The ingestor records the failure for the readiness check; the last good content stays online.
            LogFailed(e);
        }
    }

    private async Task IngestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentIngestor>().IngestAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Start-up ingestion failed; the last good content is served")]
    private partial void LogFailed(Exception exception);
}
