using System.Diagnostics;
using System.Globalization;
using CareerGuide.Testing;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Xunit.Abstractions;

namespace CareerGuide.Web.Tests.Cluster;

/// <summary>
/// PostgreSQL stopped and started again under the site, on a server of the test's own: while it is away readiness
/// says Unhealthy and each request, within a bound, either waits out the outage in the retrying strategy or gets the
/// site's error page; once it is back every request succeeds, without restarting the site.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Readers = 4;
    private const int RoleCount = 20;

    // Requests answered after readiness is Healthy again, enough to go through every pooled connection several times.
    private const int RequestsAfterwards = 200;

    // Each health check gives up after 3 s (HealthProbe.CheckTimeout); the rest is room for a loaded machine.
    private static readonly TimeSpan ProbeBound = TimeSpan.FromSeconds(10);

    // A request may wait out a short outage in the retrying strategy's retries, never longer than this: with PostgreSQL
    // down for good a role page got its 500 after 58 s of retries (measured), the home page at once.
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(90);

    [PostgreSqlOnlyFact]
    public async Task A_PostgreSQL_restart_under_load_fails_no_request_once_the_server_is_back()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var site = Site(postgres);
        var (probe, client) = await StartAsync(site);
        await using var load = PageLoad.Start(client, Pages, Readers);
        await load.UntilAnsweredAsync(since: 0, count: RequestsAfterwards);

        var stopping = Stopwatch.GetTimestamp();
        await postgres.StopAsync();
        var down = Stopwatch.GetTimestamp();
        // The first probe after the stop: the database check cannot pass, and gives up within its timeout.
        Assert.Equal("Unhealthy", await ReadinessAsync(probe));
        var unhealthyAfter = Stopwatch.GetElapsedTime(down);

        await postgres.StartAgainAsync();
        var up = Stopwatch.GetTimestamp();
        await Waits.UntilAsync(async _ => await ReadinessAsync(probe) == "Healthy", "readiness Healthy again");
        var back = Stopwatch.GetTimestamp();
        await load.UntilAnsweredAsync(since: back, count: RequestsAfterwards);
        var answers = await load.StopAsync();

        var during = answers.Where(a => a.StartedAt < up && a.EndedAt > stopping).ToList();
        var afterwards = answers.Where(a => a.StartedAt > back).ToList();
        var unclean = answers.Where(a => a.Kind == AnswerKind.Other).ToList();
        var failedAfterwards = afterwards.Where(a => a.Kind != AnswerKind.Page).ToList();
        var report = $"""
            unhealthy {unhealthyAfter.TotalMilliseconds:0} ms after the stop; {answers.Count} requests, {during.Count} in flight during the outage
            ({during.Count(a => a.Kind == AnswerKind.ErrorPage)} error pages, slowest {during.Select(a => a.Took.TotalMilliseconds).DefaultIfEmpty().Max():0} ms)
            {string.Join('\n', unclean.Concat(failedAfterwards).Concat(during.Where(a => a.Kind == AnswerKind.ErrorPage)).Distinct().Take(20))}
            """;
        output.WriteLine(report);
        Assert.True(during.Count > 0, $"no request was in flight while PostgreSQL was down: {report}");
        Assert.True(unclean.Count == 0, $"{unclean.Count} requests got neither the page nor the error page: {report}");
        Assert.True(failedAfterwards.Count == 0, $"{failedAfterwards.Count} of {afterwards.Count} requests after PostgreSQL was back failed: {report}");
    }

    [PostgreSqlOnlyFact]
    public async Task Connections_left_idle_in_the_pool_across_a_restart_fail_no_request_afterwards()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var site = Site(postgres);
        var (probe, client) = await StartAsync(site);
        // Concurrent readers leave several connections in the pool, each a session the restart ends.
        await using (var warm = PageLoad.Start(client, Pages, Readers * 2))
        {
            await warm.UntilAnsweredAsync(since: 0, count: RequestsAfterwards);
        }

        await postgres.StopAsync();
        await postgres.StartAgainAsync();
        await Waits.UntilAsync(async _ => await ReadinessAsync(probe) == "Healthy", "readiness Healthy again");
        await using var load = PageLoad.Start(client, Pages, Readers * 2);
        await load.UntilAnsweredAsync(since: 0, count: RequestsAfterwards);
        var failed = (await load.StopAsync()).Where(a => a.Kind != AnswerKind.Page).ToList();

        Assert.True(failed.Count == 0, $"{failed.Count} requests failed after the restart:\n{string.Join('\n', failed.Take(20))}");
    }

    /// <summary>Role pages read one row; the home page and search read through a read snapshot, a transaction of their own.</summary>
    private static IReadOnlyList<(string Path, string Heading)> Pages =>
        [.. Enumerable.Range(0, RoleCount).Select(i => ($"/roles/{Slug(i)}", Title(i))), ("/", "Career guides"), ("/search?q=dispatcher", "Search roles")];

    /// <summary>
    /// The site on a database of <paramref name="postgres"/>, output caching off so that every request reads the
    /// database, and no search limit: test requests all come from one address, and the limit is for scrapers.
    /// </summary>
    private static CareerGuideFactory Site(PostgresServer postgres)
    {
        var site = CareerGuideFactory.WithTestContentOnPostgreSql(postgres.ConnectionString)
            .WithSetting("Caching:Enabled", "false")
            .WithSetting($"{RateLimitOptions.SectionName}:{nameof(RateLimitOptions.PerClientPer10Seconds)}", "1000000");
        for (var i = 0; i < RoleCount; i++)
        {
            site.WriteGuide(Slug(i), new GuideBuilder(Title(i)).Build());
        }

        return site;
    }

    /// <summary>Starts the site in Production, where a failure gets the site's error page; returns a readiness probe and a reader's client, each bounded.</summary>
    private static async Task<(HttpClient Probe, HttpClient Client)> StartAsync(CareerGuideFactory site)
    {
        var production = site.In("Production");
        var probe = production.CreateClient();
        probe.Timeout = ProbeBound;
        Assert.Equal("Healthy", await ReadinessAsync(probe));
        var client = production.CreateClient();
        client.Timeout = RequestBound;
        return (probe, client);
    }

    private static async Task<string> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static string Title(int i) => string.Create(CultureInfo.InvariantCulture, $"Dispatcher {i:00}");

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"dispatcher-{i:00}");
}
