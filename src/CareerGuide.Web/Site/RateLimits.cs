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

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<RateLimitOptions>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        // The policies take their limits from the bound options, once they are there.
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(SearchAndApi, context => PerClient(context, limits.Value.PerClientPer10Seconds));
            // The status page serves every error code; only its 404s cost a lookup worth limiting.
            options.AddPolicy(NotFound, context => context.Response.StatusCode == StatusCodes.Status404NotFound
                ? PerClient(context, limits.Value.NotFoundPerClientPer10Seconds)
                : RateLimitPartition.GetNoLimiter("other statuses"));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int limit) => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = Window, QueueLimit = 0 });
}
