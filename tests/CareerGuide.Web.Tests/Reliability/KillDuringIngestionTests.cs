using System.Globalization;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// kill -9 of the ingest verb halfway through its transaction: the database stays as it was before the run,
/// SQLite finds it sound (PostgreSQL's soundness after a client dies is the server's own), and the next run finishes the job.
/// </summary>
public sealed class KillDuringIngestionTests
{
    private const int GuideCount = 2_000;

    // Halfway in file-name order, the order ingestion reads and writes in. Ingestion reads each guide once, inside its
    // transaction, and writes the guides before it as it goes: when it opens this one, hundreds of roles are replaced
    // and none of it is committed.
    private const int PipedGuide = 1_000;

    [Fact]
    public async Task Kill_during_reingestion_leaves_the_previous_version_and_the_next_run_writes_the_new_one()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuides(site, Edition.First);
        await SiteProcess.RunIngestToCompletionAsync(site);
        var before = await StoredSnapshot.TakeAsync(site);
        Assert.Equal(Titles(Edition.First), await StoredTitlesAsync(site));

        WriteGuides(site, Edition.Second);
        using var pipe = await GuideFifo.CreateAsync(PathOf(site, PipedGuide));
        await KillWhileWritingAsync(site, pipe);

        await AssertSoundAsync(site);
        (await StoredSnapshot.TakeAsync(site)).AssertSameAs(before);

        pipe.ReplaceWithFile(Guide(PipedGuide, Edition.Second));
        await SiteProcess.RunIngestToCompletionAsync(site);
        await AssertSoundAsync(site);
        Assert.Equal(Titles(Edition.Second), await StoredTitlesAsync(site));
        Assert.Equal(0, (await StoredSnapshot.TakeAsync(site)).Rows.Orphans);
    }

    [Fact]
    public async Task Kill_during_the_first_ingestion_leaves_no_roles_and_the_next_run_adds_them_all()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuides(site, Edition.First);
        using var pipe = await GuideFifo.CreateAsync(PathOf(site, PipedGuide));
        await KillWhileWritingAsync(site, pipe);

        await AssertSoundAsync(site);
        var killed = await StoredSnapshot.TakeAsync(site);
        Assert.Equal(new StoredRows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), killed.Rows);
        Assert.Empty(killed.Statuses);
        Assert.Empty(killed.SlugHistory);

        pipe.ReplaceWithFile(Guide(PipedGuide, Edition.First));
        await SiteProcess.RunIngestToCompletionAsync(site);
        await AssertSoundAsync(site);
        Assert.Equal(Titles(Edition.First), await StoredTitlesAsync(site));
    }

    private enum Edition
    {
        First,
        Second,
    }

    private static async Task AssertSoundAsync(CareerGuideFactory site)
    {
        if (site.Provider == TestDatabase.Sqlite)
        {
            Assert.Equal(["ok"], await SqliteIntegrity.CheckAsync(site.ConnectionString));
        }
    }

    /// <summary>Starts the verb and kills it when it opens the piped guide, halfway through writing.</summary>
    private static async Task KillWhileWritingAsync(CareerGuideFactory site, GuideFifo pipe)
    {
        using var run = SiteProcess.Ingest(site);
        await using (await pipe.WaitForReaderAsync())
        {
            await run.KillAsync();
        }

        Assert.False(run.Finished, $"the run finished before it was killed:\n{run.Output}");
    }

    private static void WriteGuides(CareerGuideFactory site, Edition edition)
    {
        for (var i = 0; i < GuideCount; i++)
        {
            site.WriteGuide(Slug(i), Guide(i, edition));
        }
    }

    /// <summary>Each edition changes every guide: its title, summary and salaries.</summary>
    private static string Guide(int i, Edition edition)
    {
        var title = Title(i, edition);
        var raise = edition == Edition.First ? 0 : 10;
        return new GuideBuilder(title)
            .WithSalaryRows(("Junior " + title, $"${50 + raise}k", $"${52 + raise}k"), (title, $"${60 + raise}k", $"${62 + raise}k"))
            .Build();
    }

    private static string Title(int i, Edition edition) =>
        (edition == Edition.First ? "Analyst " : "Senior Analyst ") + i.ToString("0000", CultureInfo.InvariantCulture);

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"analyst-{i:0000}");

    private static string PathOf(CareerGuideFactory site, int i) => Path.Combine(site.RolesFolder, Slug(i) + ".md");

    private static List<string> Titles(Edition edition) =>
        [.. Enumerable.Range(0, GuideCount).Select(i => $"{Slug(i)} {Title(i, edition)}")];

    private static Task<List<string>> StoredTitlesAsync(CareerGuideFactory site) =>
        site.QueryAsync(db => db.Roles.OrderBy(r => r.Slug).Select(r => r.Slug + " " + r.Title).ToListAsync());
}
