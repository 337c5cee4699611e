using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Redis;

/// <summary>Redis is a cache: while it is away the site serves uncached and says Degraded, and it recovers by itself.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Redis_stopped_leaves_pages_served_and_readiness_degraded_and_started_again_it_caches_again()
    {
        var log = new CapturedLog();
        await using var site = CareerGuideFactory.WithTestContent()
            .WithSetting("ConnectionStrings:Redis", _redis.ConnectionString)
            .WithServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(log));
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        var client = site.CreateClient();
        Assert.Equal("Healthy", await ReadinessAsync(client));

        await _redis.StopAsync();
        for (var request = 0; request < 5; request++)
        {
            using var page = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
            using var search = await client.ExpectAsync($"/search?q=support&min={request}", HttpStatusCode.OK, "text/html");
            Assert.Null(page.Headers.Age);
        }

        Assert.Equal("Degraded", await ReadinessAsync(client));
        // One line for the outage, not one per request or per readiness probe.
        var warning = Assert.Single(log.Messages(LogEventLevel.Warning), message => message.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("ConnectionStrings:Redis", warning, StringComparison.Ordinal);

        await _redis.StartAgainAsync();
        await Waits.UntilAsync(async _ => await ReadinessAsync(client) == "Healthy", "readiness Healthy again after Redis restarted");
        // Caching again, once the notice kept while Redis was away has been sent (which re-keys the page once).
        await Waits.UntilAsync(_ => ServedFromCacheAsync(client, "/roles/support-specialist"), "a page served from the cache again");
    }

    [Fact]
    public async Task An_ingestion_while_Redis_is_away_shows_on_this_instance_at_once()
    {
        await using var site = CareerGuideFactory.WithTestContent().WithSetting("ConnectionStrings:Redis", _redis.ConnectionString);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        var client = site.CreateClient();
        using var before = await client.ExpectAsync("/search", HttpStatusCode.OK, "text/html");

        await _redis.StopAsync();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("category", "Operations").Build());
        await site.IngestAsync();

        var options = (await client.GetPageAsync("/search")).QuerySelectorAll("#search-category option").Select(o => o.GetAttribute("value"));
        Assert.Contains("Operations", options);
    }

    [Fact]
    public async Task A_site_started_while_Redis_is_away_serves_uncached_and_caches_once_Redis_arrives()
    {
        await _redis.StopAsync();
        await using var site = CareerGuideFactory.WithTestContent().WithSetting("ConnectionStrings:Redis", _redis.ConnectionString);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();

        using var uncached = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
        Assert.Equal("Degraded", await ReadinessAsync(client));

        await _redis.StartAgainAsync();
        await Waits.UntilAsync(async _ => await ReadinessAsync(client) == "Healthy", "readiness Healthy once Redis started");
        // Caching again, once the notice kept while Redis was away has been sent (which re-keys the page once).
        await Waits.UntilAsync(_ => ServedFromCacheAsync(client, "/roles/support-specialist"), "a page served from the cache again");
    }

    [Fact]
    public async Task While_Redis_is_away_each_instance_still_limits_a_client_on_its_own()
    {
        await using var site = CareerGuideFactory.WithTestContent()
            .WithSetting("ConnectionStrings:Redis", _redis.ConnectionString)
            .WithSetting("RateLimits:PerClientPer10Seconds", "2");
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();
        using var warm = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");

        await _redis.StopAsync();
        var statuses = new List<HttpStatusCode>();
        for (var request = 1; request <= 3; request++)
        {
            using var response = await client.GetAsync(new Uri($"/search?q=support&min={request}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<bool> ServedFromCacheAsync(HttpClient client, string path)
    {
        using var fill = await client.ExpectAsync(path, HttpStatusCode.OK, "text/html");
        using var again = await client.ExpectAsync(path, HttpStatusCode.OK, "text/html");
        return again.Headers.Age is not null;
    }

    private static async Task<string> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }
}
