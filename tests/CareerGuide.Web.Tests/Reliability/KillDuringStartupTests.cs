using System.Globalization;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// kill -9 of the <c>ingest</c> verb at many moments of its run: while the runtime loads, while the database is
/// prepared (migrated, on the rounds that upgrade it), around EF Core's migration lock, while it ingests and as it ends. After every kill the database
/// is sound and holds either the previous edition of the content or the new one, whole, and the next start finishes.
/// </summary>
public sealed class KillDuringStartupTests
{
    private const int GuideCount = 200;

    /// <summary>What EF Core logs as it starts to take its migration lock; the row is written within a few hundred milliseconds after.</summary>
    private const string TakingMigrationLock = "Acquiring an exclusive lock for migration application";

    private static readonly (string, string) MigrationLogging = ("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Migrations", "Information");

    // Spread from before the host is built to after ingestion has ended, then around the moment the migration lock is taken.
    private static readonly KillPoint[] KillPoints =
    [
        .. new[] { 50, 150, 300, 450, 600, 750, 900, 1_100, 1_300, 1_600, 2_000, 2_500, 3_000 }.Select(ms => new KillPoint(null, ms)),
        .. new[] { 0, 50, 100, 150, 200, 300 }.Select(ms => new KillPoint(TakingMigrationLock, ms)),
    ];

    [SqliteOnlyFact]
    public async Task Killing_the_ingest_verb_at_any_moment_leaves_a_database_the_next_start_opens_and_finishes()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuides(site, edition: 0);
        await SiteProcess.RunIngestToCompletionAsync(site);

        for (var edition = 1; edition <= KillPoints.Length; edition++)
        {
            // Every other round upgrades the database, so kills land inside a migration too.
            if (edition % 2 == 0)
            {
                await MigrationState.ForgetLatestMigrationAsync(site.ConnectionString);
            }

            WriteGuides(site, edition);
            var point = KillPoints[edition - 1];
            await KillAtAsync(site, point);

            var where = $"killed {point}, edition {edition}";
            var problems = await SqliteIntegrity.CheckAsync(site.ConnectionString);
            Assert.True(problems is ["ok"], $"{where}: {string.Join("; ", problems)}");
            var stored = await StoredTitlesAsync(site);
            Assert.True(stored.SequenceEqual(Titles(edition - 1)) || stored.SequenceEqual(Titles(edition)), $"{where}: a mix of editions is stored");

            await SiteProcess.RunIngestToCompletionAsync(site);
            Assert.Equal(Titles(edition), await StoredTitlesAsync(site));
        }

        Assert.Equal(0, await MigrationState.LockRowsAsync(site.ConnectionString));
    }

    /// <summary>Starts the verb and kills it at the point; a run that ends before it is left to end.</summary>
    private static async Task KillAtAsync(CareerGuideFactory site, KillPoint point)
    {
        using var run = SiteProcess.Ingest(site, MigrationLogging);
        if (point.AfterLine is { } line)
        {
            await Waits.UntilAsync(() => run.Output.Contains(line, StringComparison.Ordinal) || run.HasExited, $"'{line}' or the end of the run");
        }

        await Task.Delay(point.Milliseconds);
        await run.KillAsync();
    }

    /// <summary>A moment of the run: milliseconds after its start, or after it logs a line.</summary>
    private sealed record KillPoint(string? AfterLine, int Milliseconds)
    {
        public override string ToString() => $"{Milliseconds} ms after {(AfterLine is null ? "the start" : $"'{AfterLine}'")}";
    }

    private static void WriteGuides(CareerGuideFactory site, int edition)
    {
        for (var i = 0; i < GuideCount; i++)
        {
            site.WriteGuide(Slug(i), new GuideBuilder(Title(i, edition)).Build());
        }
    }

    private static string Slug(int i) => string.Create(CultureInfo.InvariantCulture, $"planner-{i:000}");

    private static string Title(int i, int edition) => string.Create(CultureInfo.InvariantCulture, $"Planner {i:000} edition {edition}");

    private static List<string> Titles(int edition) => [.. Enumerable.Range(0, GuideCount).Select(i => Title(i, edition))];

    /// <summary>Read straight from the file: starting the in-process site for it would prepare the database itself.</summary>
    private static async Task<List<string>> StoredTitlesAsync(CareerGuideFactory site)
    {
        await using var connection = await UnpooledConnection.OpenAsync(site.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title FROM Roles ORDER BY Slug";
        await using var rows = await command.ExecuteReaderAsync();
        var titles = new List<string>();
        while (await rows.ReadAsync())
        {
            titles.Add(rows.GetString(0));
        }

        return titles;
    }
}
