using System.Globalization;
using System.Threading.RateLimiting;

namespace CareerGuide.Web.Site;

/// <summary>
/// <c>RateLimits:PerClientPer10Seconds</c>: how many searches and API calls one client address may make in ten seconds;
/// <c>RateLimits:NotFoundPerClientPer10Seconds</c>: how many addresses that lead nowhere.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int PerClientPer10Seconds { get; set; } = 100;

    public int NotFoundPerClientPer10Seconds { get; set; } = 30;
}

public static class RateLimits
{
    /// <summary>The policy for search and the API: the two things a scraper or a runaway script hits hardest.</summary>
    public const string SearchAndApi = "search-and-api";

    /// <summary>The policy for 404 pages: a scanner walking guessed addresses gets a 429 instead of suggestions.</summary>
    public const string NotFound = "not-found";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SearchAndApi, context => PerClient(context, limits.PerClientPer10Seconds));
            // The status page serves every error code; only its 404s cost a lookup worth limiting.
            options.AddPolicy(NotFound, context => context.Response.StatusCode == StatusCodes.Status404NotFound
                ? PerClient(context, limits.NotFoundPerClientPer10Seconds)
                : RateLimitPartition.GetNoLimiter("other statuses"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int limit) => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = Window, QueueLimit = 0 });
}
