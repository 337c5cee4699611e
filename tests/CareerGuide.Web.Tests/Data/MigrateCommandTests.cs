using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Data;

/// <summary>The <c>migrate</c> verb, a deployment step: the schema brought up to date, nothing ingested, nothing served.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_on_a_fresh_database_applies_every_migration_and_stores_no_role()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());

        var line = await MigrateAsync(site);

        // Read only now: the in-process site, started for these queries, does not ingest (ingestOnStart: false).
        var (migrations, applied, roles) = await site.QueryAsync(async db =>
            (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList(), await db.Roles.CountAsync()));
        Assert.Equal(migrations, applied);
        Assert.Contains($"applied {migrations.Count} migrations", line, StringComparison.Ordinal);
        Assert.All(migrations, migration => Assert.Contains(migration, line, StringComparison.Ordinal));
        Assert.Equal(0, roles);
    }

    [Fact]
    public async Task Migrate_again_says_the_schema_was_current()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        await MigrateAsync(site);

        var line = await MigrateAsync(site);

        Assert.Contains("schema was current", line, StringComparison.Ordinal);
    }

    /// <summary>Runs the verb to its end and returns its one summary line.</summary>
    private static async Task<string> MigrateAsync(CareerGuideFactory site)
    {
        using var run = SiteProcess.Migrate(site);
        var exitCode = await run.WaitForExitAsync();
        Assert.True(exitCode == 0, $"migrate exited with {exitCode}:\n{run.Output}");
        Assert.DoesNotContain(run.Lines, line => line.Contains("Now listening", StringComparison.Ordinal));
        return Assert.Single(run.Lines, line => line.Contains($"{site.Provider} database", StringComparison.Ordinal));
    }
}
