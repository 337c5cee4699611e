using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CareerGuide.Web.Redis;

/// <summary>
/// The Redis output-cache store, skipped while Redis is away: a read is a miss and a write is dropped, at once, so a
/// request is served uncached instead of failing. <see cref="RedisConnection"/> says once that Redis went away.
/// </summary>
public sealed class SkippingOutputCacheStore(IOutputCacheStore redisStore, RedisConnection redis) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return null;
        }

        try
        {
            return await redisStore.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            await redisStore.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            // Not stored: the next request makes the page again.
        }
    }

    /// <summary>Throws while Redis is away, so that <see cref="RedisContentNotices"/> keeps the eviction for when it returns.</summary>
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => redisStore.EvictByTagAsync(tag, cancellationToken);

    public static bool IsUnreachable(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;
}
