using AngleSharp.Dom;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerGuide.Web.Tests.Data;

/// <summary>A PostgreSQL database from before "did you mean" read pg_trgm: the migration fills the published words from the search rows it finds.</summary>
public sealed class PublishedWordsUpgradeTests
{
    [PostgreSqlOnlyFact]
    public async Task Migrating_a_database_with_content_offers_its_words_at_once()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("platform-engineer", new GuideBuilder("Platform Engineer").WithSection("Tools", "- Kubernetes").Build());
        await site.IngestAsync();
        // Back to the schema of the day before: every later migration's Down runs, the words' table goes.
        await site.QueryAsync(async db =>
        {
            var before = db.Database.GetMigrations().Single(m => m.EndsWith("_RoleSearchVectors", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(before);
            return before;
        });

        using var migrate = SiteProcess.Migrate(site);
        var exitCode = await migrate.WaitForExitAsync();

        Assert.True(exitCode == 0, $"migrate exited with {exitCode}:\n{migrate.Output}");
        var page = await site.CreateClient().GetPageAsync("/search?q=kubernetis");
        Assert.Equal("kubernetes", page.QuerySelector(".did-you-mean a")?.Text());
    }
}
