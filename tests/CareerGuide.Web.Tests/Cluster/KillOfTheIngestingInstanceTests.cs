using System.Globalization;
using System.Text;
using CareerGuide.Testing;
using CareerGuide.Web.Ingestion;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;

namespace CareerGuide.Web.Tests.Cluster;

/// <summary>
/// Two instances on one PostgreSQL database: kill -9 of the one ingesting leaves the previous content, served by the
/// other, and the other, queued behind it on the ingestion lock, then does the run itself.
/// </summary>
public sealed class KillOfTheIngestingInstanceTests
{
    private const int GuideCount = 600;

    // Halfway in file-name order: each run holds here with the guides before it written and uncommitted.
    private const int PipedGuide = 300;

    private static readonly string Watched = Slug(0);

    [PostgreSqlOnlyFact]
    public async Task Kill_of_the_ingesting_instance_leaves_the_previous_content_and_the_other_instance_ingests_the_new()
    {
        // The in-process site is instance B; the pipe is held open longer than the default 10 s read allows.
        await using var b = CareerGuideFactory.WithTestContent(ingestOnStart: false).WithSetting("Content:ReadTimeout", "00:02:00");
        WriteGuides(b, edition: 1);
        await b.IngestAsync();
        var before = await StoredSnapshot.TakeAsync(b);
        var onB = b.CreateClient();
        Assert.Equal(Title(0, edition: 1), await TitleAsync(onB, $"/roles/{Watched}"));

        WriteGuides(b, edition: 2);
        using var pipe = await GuideFifo.CreateAsync(Path.Combine(b.RolesFolder, Slug(PipedGuide) + ".md"));
        using var a = SiteProcess.Serve(b, ("Content:ReadTimeout", "00:02:00"), ("Content:Watch", "false"));
        Task<IngestionReport> finishing;
        await using (await pipe.WaitForReaderAsync())
        {
            // A's start-up ingestion is at the pipe, half written. B's own run, as its watcher would start it on the same
            // save, queues on the ingestion lock.
            Assert.Equal(Title(0, edition: 1), await TitleAsync(onB, $"/roles/{Watched}?during=a"));
            finishing = b.IngestAsync();
            await Waits.UntilAsync(async token => await AdvisoryLockWaiters.CountAsync(b.ConnectionString, token) == 1, "B to wait for the ingestion lock A holds");
            await a.KillAsync();
        }

        Assert.False(a.Output.Contains("Ingested content:", StringComparison.Ordinal), $"A finished before it was killed:\n{a.Output}");

        // The server dropped A's lock with its session: B's run goes ahead and holds at the pipe in turn, uncommitted.
        await using (var writer = await pipe.WaitForReaderAsync())
        {
            (await StoredSnapshot.TakeAsync(b)).AssertSameAs(before);
            Assert.Equal(Title(0, edition: 1), await TitleAsync(onB, $"/roles/{Watched}?after=kill"));
            pipe.ReplaceWithFile(Guide(PipedGuide, edition: 2));
            await writer.WriteAsync(Encoding.UTF8.GetBytes(Guide(PipedGuide, edition: 2)));
        }

        var report = await finishing.WaitAsync(Waits.Limit);
        Assert.Equal((0, GuideCount, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Failed));
        // The page B had cached before is evicted by its own run: the new content, without a restart.
        Assert.Equal(Title(0, edition: 2), await TitleAsync(onB, $"/roles/{Watched}"));
        Assert.Equal(Title(GuideCount - 1, edition: 2), await TitleAsync(onB, $"/roles/{Slug(GuideCount - 1)}"));
    }

    private static async Task<string> TitleAsync(HttpClient client, string path) => (await client.GetPageAsync(path)).QuerySelector("h1")!.Text();

    private static void WriteGuides(CareerGuideFactory site, int edition)
    {
        for (var i = 0; i < GuideCount; i++)
        {
            site.WriteGuide(Slug(i), Guide(i, edition));
        }
    }

    private static string Guide(int i, int edition) => new GuideBuilder(Title(i, edition)).Build();

    private static string Title(int i, int edition) => string.Create(CultureInfo.InvariantCulture, $"Inspector {i:000} edition {edition}");

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"inspector-{i:000}");
}
