using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerGuide.Web.Redis;

/// <summary>Degraded, not unhealthy, while Redis is away: the site still serves every page, only uncached.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Degraded("Redis is unreachable: pages are served uncached and rate limits are per instance until it returns.");
        }

        try
        {
            var latency = await redis.Multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
        {
            return HealthCheckResult.Degraded($"Redis did not answer ({e.Message}): pages are served uncached until it does.");
        }
    }
}
