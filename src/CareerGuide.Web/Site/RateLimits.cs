using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

public static class RateLimits
{
    /// <summary>The policy for search and the API: the two things a scraper or a runaway script hits hardest.</summary>
    public const string SearchAndApi = "search-and-api";

    /// <summary>The policy for 404 pages: a scanner walking guessed addresses gets a 429 instead of suggestions.</summary>
    public const string NotFound = "not-found";

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<RateLimitOptions>();
        builder.Services.AddSingleton<IClientWindows, LocalClientWindows>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
                    : context.Lease.TryGetMetadata(RedisRateLimiting.RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds)
                    : Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        // The policies take their limits from the bound options, once they are there.
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(SearchAndApi, context => PerClient(context, SearchAndApi, limits.Value.PerClientPer10Seconds));
            // The status page serves every error code; only its 404s cost a lookup worth limiting.
            options.AddPolicy(NotFound, context => context.Response.StatusCode == StatusCodes.Status404NotFound
                ? PerClient(context, NotFound, limits.Value.NotFoundPerClientPer10Seconds)
                : RateLimitPartition.GetNoLimiter("other statuses"));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int limit) =>
        context.RequestServices.GetRequiredService<IClientWindows>().Partition(policy, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", limit);
}

/// <summary>Where a client's count of requests in the current <see cref="RateLimits.Window"/> is kept.</summary>
public interface IClientWindows
{
    RateLimitPartition<string> Partition(string policy, string client, int limit);
}

/// <summary>In this process: each instance counts on its own (the site without Redis).</summary>
public sealed class LocalClientWindows : IClientWindows
{
    public RateLimitPartition<string> Partition(string policy, string client, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => Options(limit));

    public static FixedWindowRateLimiterOptions Options(int limit) => new() { PermitLimit = limit, Window = RateLimits.Window, QueueLimit = 0 };
}
