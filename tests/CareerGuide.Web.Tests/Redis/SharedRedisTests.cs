using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;
using CareerGuide.Web.Tests.Reliability;

namespace CareerGuide.Web.Tests.Redis;

/// <summary>
/// Two instances of the site on one content folder, one database and one real redis-server (ConnectionStrings:Redis):
/// what one caches the other serves, an ingestion on one changes the pages and lists of both, and a client's requests
/// count against one limit wherever they land.
/// </summary>
public sealed class SharedRedisTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_page_cached_by_one_instance_is_served_by_the_other_and_changes_on_both_after_an_ingestion_on_one()
    {
        await using var a = Site();
        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await a.IngestAsync();
        var onA = a.CreateClient();
        var onB = a.WithWebHostBuilder(_ => { }).CreateClient();

        using var filledByB = await onB.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
        using var servedToA = await onA.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
        Assert.Null(filledByB.Headers.Age);
        Assert.NotNull(servedToA.Headers.Age);

        a.WriteGuide("support-specialist", new GuideBuilder("Help Desk Specialist").Build());
        await a.IngestAsync();

        Assert.Equal("Help Desk Specialist", await TitleAsync(onB, "/roles/support-specialist"));
        Assert.Equal("Help Desk Specialist", await TitleAsync(onA, "/roles/support-specialist"));
    }

    [Fact]
    public async Task The_lists_and_categories_kept_in_memory_change_on_the_other_instance_after_an_ingestion()
    {
        await using var a = Site();
        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await a.IngestAsync();
        var onB = a.WithWebHostBuilder(_ => { }).CreateClient();
        Assert.Contains("Customer Support", await CategoriesAsync(onB));
        using var home = await onB.ExpectAsync("/", HttpStatusCode.OK, "text/html");

        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("category", "Operations").Build());
        await a.IngestAsync();

        // The search page's categories come from B's in-memory count, reset when the notice reaches B: on a channel,
        // so a moment after A's ingestion returns, not before it. The home page comes from the shared cache.
        await Waits.UntilAsync(async _ => (await CategoriesAsync(onB)).SequenceEqual(["Operations"]), "B's categories to change");
        var page = await onB.GetPageAsync("/");
        Assert.Equal(["Operations"], page.QuerySelectorAll("section.category > h2").Select(h2 => h2.Text()));
    }

    [Fact]
    public async Task A_client_reaches_the_rate_limit_across_both_instances_together()
    {
        await using var a = Site().WithSetting("RateLimits:PerClientPer10Seconds", "2");
        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var onA = a.CreateClient();
        var onB = a.WithWebHostBuilder(_ => { }).CreateClient();

        // A distinct search each time: a response from the output cache never reaches the limiter.
        using var first = await onA.GetAsync(new Uri("/search?q=support&min=1", UriKind.Relative));
        using var second = await onB.GetAsync(new Uri("/search?q=support&min=2", UriKind.Relative));
        using var third = await onA.GetAsync(new Uri("/search?q=support&min=3", UriKind.Relative));
        using var fourth = await onB.GetAsync(new Uri("/search?q=support&min=4", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            [first.StatusCode, second.StatusCode, third.StatusCode, fourth.StatusCode]);
    }

    [Fact]
    public async Task A_change_ingested_while_Redis_is_away_reaches_the_other_instance_when_Redis_returns()
    {
        await using var a = Site();
        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await a.IngestAsync();
        var onB = a.WithWebHostBuilder(_ => { }).CreateClient();
        Assert.Equal(["Customer Support"], await CategoriesAsync(onB));

        await _redis.StopAsync();
        a.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("category", "Operations").Build());
        await a.IngestAsync();
        Assert.Equal(["Operations"], await CategoriesAsync(a.CreateClient()));

        await _redis.StartAgainAsync();
        await Waits.UntilAsync(async _ => (await CategoriesAsync(onB)).SequenceEqual(["Operations"]), "the other instance to hear of the change once Redis returned");
    }

    [Fact]
    public async Task The_ingest_verb_run_as_a_deployment_step_changes_the_running_site()
    {
        await using var site = Site();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        var client = site.CreateClient();
        Assert.Equal("Support Specialist", await TitleAsync(client, "/roles/support-specialist"));
        using var cached = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
        Assert.NotNull(cached.Headers.Age);

        site.WriteGuide("support-specialist", new GuideBuilder("Help Desk Specialist").With("category", "Operations").Build());
        using (var verb = SiteProcess.Ingest(site, ("ConnectionStrings:Redis", _redis.ConnectionString)))
        {
            Assert.Equal(0, await verb.WaitForExitAsync());
        }

        await Waits.UntilAsync(async _ => await TitleAsync(client, "/roles/support-specialist") == "Help Desk Specialist", "the running site to show the page the verb ingested");
        Assert.Equal(["Operations"], await CategoriesAsync(client));
    }

    private CareerGuideFactory Site() => CareerGuideFactory.WithTestContent().WithSetting("ConnectionStrings:Redis", _redis.ConnectionString);

    private static async Task<string> TitleAsync(HttpClient client, string path) =>
        (await client.GetPageAsync(path)).QuerySelector("h1")!.Text();

    private static async Task<IReadOnlyList<string>> CategoriesAsync(HttpClient client) =>
        [.. (await client.GetPageAsync("/search")).QuerySelectorAll("#search-category option").Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0)];
}
