using CareerGuide.Web.Caching;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerGuide.Web.Redis;

public static class RedisServiceExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, the output cache and its tags, the rate limits and the notice that content
    /// changed are shared through Redis; without it, nothing here is registered and each process keeps its own. Call
    /// after <c>AddCaching</c> and <c>AddRateLimits</c>: it replaces what they register in memory.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration[RedisConnection.ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddBoundOptions<RedisOptions>();
        services.AddSingleton<RedisConnection>();

        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.InstanceName = "careerguide:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
        });
        // The Redis store, behind the one that skips it while Redis is away.
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton(redisStore.ImplementationType!);
        services.AddSingleton<IOutputCacheStore>(provider => new SkippingOutputCacheStore(
            (IOutputCacheStore)provider.GetRequiredService(redisStore.ImplementationType!), provider.GetRequiredService<RedisConnection>()));

        // The notices replace in-process eviction: they evict the shared store once and reset every instance's lists.
        services.Remove(services.Single(d => d.ServiceType == typeof(IContentChangeListener) && d.ImplementationType == typeof(OutputCacheEviction)));
        services.AddSingleton<RedisContentNotices>();
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<RedisContentNotices>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisContentNotices>());

        services.Replace(ServiceDescriptor.Singleton<IClientWindows, RedisClientWindows>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }
}
