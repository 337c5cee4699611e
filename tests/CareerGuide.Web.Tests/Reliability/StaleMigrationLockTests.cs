using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// A start killed while EF Core held its migration lock leaves the lock's row in the database file. The next start,
/// of the <c>ingest</c> verb or of the site, must not wait for a process that is gone. Each wait here is bounded by
/// <see cref="Waits.Limit"/>: a start that hangs fails the test instead of hanging it.
/// </summary>
public sealed class StaleMigrationLockTests
{
    [SqliteOnlyFact]
    public async Task Ingest_verb_finishes_on_an_up_to_date_database_a_killed_start_left_locked()
    {
        await using var site = await IngestedThenLeftLockedAsync();

        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        await SiteProcess.RunIngestToCompletionAsync(site);

        Assert.Equal(["Data Analyst", "Support Specialist"], await TitlesAsync(site));
    }

    [SqliteOnlyFact]
    public async Task Ingest_verb_clears_the_lock_of_a_dead_start_with_a_warning_and_applies_the_pending_migrations()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await MigrationState.LeaveStaleLockAsync(site.ConnectionString);

        using var run = SiteProcess.Ingest(site);
        Assert.Equal(0, await run.WaitForExitAsync());

        Assert.True(run.Finished, run.Output);
        Assert.Single(run.Lines, line => line.Contains("WRN", StringComparison.Ordinal) && line.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        Assert.Equal(0, await MigrationState.LockRowsAsync(site.ConnectionString));
        Assert.Equal(["Support Specialist"], await TitlesAsync(site));
    }

    [SqliteOnlyFact]
    public async Task Site_listens_and_answers_on_a_database_a_killed_start_left_locked()
    {
        await using var site = await IngestedThenLeftLockedAsync();
        await MigrationState.ForgetLatestMigrationAsync(site.ConnectionString);

        using var run = SiteProcess.Serve(site);
        await Waits.UntilAsync(() => run.ListeningAddress is not null || run.HasExited, "the site to listen");
        Assert.True(run.ListeningAddress is not null, $"the site ended without listening:\n{run.Output}");

        using var client = new HttpClient { BaseAddress = run.ListeningAddress, Timeout = Waits.Limit };
        using var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Support Specialist", (await client.GetPageAsync("/roles/support-specialist")).QuerySelector("h1")?.Text());
    }

    /// <summary>A site whose one guide was ingested, then a start was killed while it held the migration lock.</summary>
    private static async Task<CareerGuideFactory> IngestedThenLeftLockedAsync()
    {
        var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await SiteProcess.RunIngestToCompletionAsync(site);
        await MigrationState.LeaveStaleLockAsync(site.ConnectionString);
        return site;
    }

    private static Task<List<string>> TitlesAsync(CareerGuideFactory site) =>
        site.QueryAsync(db => db.Roles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
}
