using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

/// <summary>
/// Where the site's absolute URLs take their scheme and host from: <c>Site:BaseUrl</c>, else the request's own host,
/// but only where that host was vetted (listed in <c>AllowedHosts</c>, or in Development). A Host header anyone can
/// send must never become a canonical link, a feed entry or an API's <c>url</c> that caches and crawlers keep.
/// </summary>
public sealed partial class SiteAddress(
    IOptions<SiteOptions> site,
    IOptions<HostFilteringOptions> hosts,
    IHostEnvironment environment,
    ILogger<SiteAddress> logger) : IHostedService
{
    /// <summary>The address used when nothing trustworthy names the site; start-up warns when it comes to that.</summary>
    public const string Fallback = "http://localhost";

    /// <summary>The configured public address without its trailing slash, if there is one.</summary>
    public string? Configured { get; } = string.IsNullOrWhiteSpace(site.Value.BaseUrl) ? null : site.Value.BaseUrl.TrimEnd('/');

    /// <summary>Whether host filtering let through only listed hosts, so the request's host is one of ours.</summary>
    public bool TrustsRequestHost { get; } = environment.IsDevelopment() || !hosts.Value.AllowedHosts.Contains("*");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Configured is null && !TrustsRequestHost)
        {
            LogNoAddress(Fallback);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Site:BaseUrl nor a list of AllowedHosts is configured: canonical links, feeds, the sitemap and the API use {Fallback} instead of the request's unvetted Host header")]
    private partial void LogNoAddress(string fallback);
}
