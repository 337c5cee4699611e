using System.Globalization;
using System.Threading.RateLimiting;

namespace CareerGuide.Web.Site;

/// <summary><c>RateLimits:PerClientPer10Seconds</c>: how many searches and API calls one client address may make in ten seconds.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int PerClientPer10Seconds { get; set; } = 100;
}

public static class RateLimits
{
    /// <summary>The policy for search and the API: the two things a scraper or a runaway script hits hardest.</summary>
    public const string SearchAndApi = "search-and-api";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>()?.PerClientPer10Seconds ?? 100;
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SearchAndApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = Window, QueueLimit = 0 }));
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
}
