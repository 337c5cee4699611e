using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>Ready once content has been ingested (when this instance ingests at all) and the last run did not crash.</summary>
public sealed class IngestionHealthCheck(IngestionState state, IOptions<ContentOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (state.Failure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"The last ingestion failed ({failure}); the last good content is served."));
        }

        if (state.Last is { } last)
        {
            var data = new Dictionary<string, object> { ["added"] = last.Added, ["updated"] = last.Updated, ["removed"] = last.Removed, ["rejected"] = last.Failed };
            return Task.FromResult(HealthCheckResult.Healthy($"Last ingestion: {last.Failed} guides rejected.", data));
        }

        return Task.FromResult(options.Value.IngestOnStart
            ? HealthCheckResult.Unhealthy("Content has not been ingested yet.")
            : HealthCheckResult.Healthy("This instance leaves ingestion to the 'ingest' verb."));
    }
}
