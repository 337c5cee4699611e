using System.Globalization;
using System.Text;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Cluster;

/// <summary>Two instances of the site started together on one empty PostgreSQL database: the content is ingested once.</summary>
public sealed class SimultaneousStartTests
{
    private const int GuideCount = 200;

    // Halfway in file-name order: the first ingestion holds the lock here, with the guides before it written and uncommitted.
    private const int PipedGuide = 100;

    // The pipe is held open until the other instance is seen waiting; the default 10 s would give up on it on a loaded
    // machine. No watcher: each instance runs its start-up ingestion only.
    private static readonly (string, string)[] Settings = [("Content:ReadTimeout", "00:02:00"), ("Content:Watch", "false")];

    [PostgreSqlOnlyFact]
    public async Task Two_instances_starting_at_once_on_an_empty_database_ingest_the_content_once()
    {
        // The in-process site is only the content folder, the database and a way to read it: it starts after both instances ingested.
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        for (var i = 0; i < GuideCount; i++)
        {
            site.WriteGuide(Slug(i), Guide(i));
        }

        using var pipe = await GuideFifo.CreateAsync(Path.Combine(site.RolesFolder, Slug(PipedGuide) + ".md"));
        using var first = SiteProcess.Serve(site, Settings);
        using var second = SiteProcess.Serve(site, Settings);

        await using (var writer = await pipe.WaitForReaderAsync())
        {
            // One instance is ingesting, stopped at the pipe; the other is queued on the database's ingestion lock.
            await Waits.UntilAsync(async token => await AdvisoryLockWaiters.CountAsync(site.ConnectionString, token) == 1, "the other instance to wait for the ingestion lock");

            // A regular file for whoever reads the guide next; the instance at the pipe reads the same text through it.
            pipe.ReplaceWithFile(Guide(PipedGuide));
            await writer.WriteAsync(Encoding.UTF8.GetBytes(Guide(PipedGuide)));
        }

        await Waits.UntilAsync(() => Summary(first) is not null && Summary(second) is not null, "both instances to log their ingestion");
        string[] summaries = [Summary(first)!, Summary(second)!];
        Assert.Single(summaries, s => s.StartsWith($"Ingested content: {GuideCount} added, 0 updated, 0 unchanged,", StringComparison.Ordinal));
        Assert.Single(summaries, s => s.StartsWith($"Ingested content: 0 added, 0 updated, {GuideCount} unchanged,", StringComparison.Ordinal));

        // Every role stored once, all at the one time of the run that wrote them.
        var roles = await site.QueryAsync(db => db.Roles.Select(r => new { r.Title, r.IngestedAt }).ToListAsync());
        Assert.Equal(Enumerable.Range(0, GuideCount).Select(Title), roles.Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.Single(roles.Select(r => r.IngestedAt).Distinct());
    }

    private static string? Summary(SiteProcess instance) =>
        instance.Lines.Select(line => line[Math.Max(0, line.IndexOf("Ingested content:", StringComparison.Ordinal))..])
            .FirstOrDefault(line => line.StartsWith("Ingested content:", StringComparison.Ordinal));

    private static string Guide(int i) => new GuideBuilder(Title(i)).Build();

    private static string Title(int i) => string.Create(CultureInfo.InvariantCulture, $"Surveyor {i:000}");

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"surveyor-{i:000}");
}
