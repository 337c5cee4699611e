using System.Threading.RateLimiting;
using CareerGuide.Web.Site;
using RedisRateLimiting;

namespace CareerGuide.Web.Redis;

/// <summary>
/// In Redis, so that every instance counts a client's requests together (RedisRateLimiting's fixed window, the same
/// limits and window as <see cref="LocalClientWindows"/>). While Redis is away each instance counts on its own again:
/// letting every request through would lift the limits on search and 404 lookups, the expensive requests, just when
/// the site is already serving uncached; a per-instance limit is at most as many times looser as there are instances.
/// </summary>
public sealed class RedisClientWindows(RedisConnection redis) : IClientWindows
{
    public RateLimitPartition<string> Partition(string policy, string client, int limit) =>
        RateLimitPartition.Get($"careerguide:rate:{policy}:{limit}:{client}", key => new SharedOrLocalLimiter(
            redis,
            new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Multiplexer,
                PermitLimit = limit,
                Window = RateLimits.Window,
            }),
            new FixedWindowRateLimiter(LocalClientWindows.Options(limit))));

    /// <summary>The shared limiter while Redis answers, this instance's own while it does not.</summary>
    private sealed class SharedOrLocalLimiter(RedisConnection redis, RateLimiter shared, RateLimiter local) : RateLimiter
    {
        // The state is in Redis, so dropping this limiter when the local one is idle loses nothing shared.
        public override TimeSpan? IdleDuration => local.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => redis.IsConnected ? shared.GetStatistics() : local.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            if (redis.IsConnected)
            {
                try
                {
                    return shared.AttemptAcquire(permitCount);
                }
                catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
                {
                    // Fall through to the local count.
                }
            }

            return local.AttemptAcquire(permitCount);
        }

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            if (redis.IsConnected)
            {
                try
                {
                    return await shared.AcquireAsync(permitCount, cancellationToken);
                }
                catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
                {
                    // Fall through to the local count.
                }
            }

            return await local.AcquireAsync(permitCount, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                shared.Dispose();
                local.Dispose();
            }

            base.Dispose(disposing);
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            await shared.DisposeAsync();
            await local.DisposeAsync();
            await base.DisposeAsyncCore();
        }
    }
}
