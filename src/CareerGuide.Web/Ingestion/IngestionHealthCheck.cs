using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Ready once content has been ingested (when this instance ingests at all) and the last run did not crash; degraded,
/// with the reason, while a run is stuck or the watcher has stopped watching, since edits then no longer reach the site.
/// </summary>
public sealed class IngestionHealthCheck(IngestionState state, IOptions<ContentOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var running = clock.GetUtcNow() - state.RunningSince;
        if (running >= options.Value.StuckAfter)
        {
            var stuck = $"An ingestion has been running for {running.Value.TotalSeconds:0} s, longer than the {options.Value.StuckAfter.TotalSeconds:0} s allowed (Content:StuckAfter); edits wait for it.";
            return state.Last is null && options.Value.IngestOnStart ? HealthCheckResult.Unhealthy(stuck) : HealthCheckResult.Degraded(stuck);
        }

        if (state.Failure is { } failure)
        {
            return HealthCheckResult.Degraded($"The last ingestion failed ({failure}); the last good content is served.");
        }

        if (state.WatcherProblem is { } problem)
        {
            return HealthCheckResult.Degraded($"The content watcher is not watching ({problem}); the last good content is served and edits wait until it is back.");
        }

        if (state.Last is { } last)
        {
            var data = new Dictionary<string, object> { ["added"] = last.Added, ["updated"] = last.Updated, ["removed"] = last.Removed, ["rejected"] = last.Failed };
            return HealthCheckResult.Healthy($"Last ingestion: {last.Failed} guides rejected.", data);
        }

        return options.Value.IngestOnStart
            ? HealthCheckResult.Unhealthy("Content has not been ingested yet.")
            : HealthCheckResult.Healthy("This instance leaves ingestion to the 'ingest' verb.");
    }
}
