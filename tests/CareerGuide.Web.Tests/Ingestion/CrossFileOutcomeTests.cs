using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>
/// Ingestion writes guides as it reads them, before the checks across files have seen every guide. These are the
/// runs where that first attempt must be undone: the database ends as if every check had come first.
/// </summary>
public sealed class CrossFileOutcomeTests
{
    [Fact]
    public async Task A_guide_that_fails_only_the_checks_across_files_is_not_published()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").WithSection("More", "See the [missing guide](nowhere-role.md).").Build());
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());

        var report = await site.IngestAsync();

        Assert.Equal((1, 1), (report.Added, report.Failed));
        Assert.Equal(["support-specialist"], await site.QueryAsync(db => db.Roles.Select(r => r.Slug).ToListAsync()));
        Assert.Equal(1, (await site.QueryAsync(StoredRows.CountAsync)).SearchRows);
    }

    [Fact]
    public async Task Two_guides_can_trade_slugs_in_one_run()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("first-role", new GuideBuilder("First Role").With("slug", "first-role").Build());
        site.WriteGuide("second-role", new GuideBuilder("Second Role").With("slug", "shared-address").Build());
        await site.IngestAsync();
        // The first file, read first, takes the slug the second file still holds until the second is read.
        site.WriteGuide("first-role", new GuideBuilder("First Role").With("slug", "shared-address").Build());
        site.WriteGuide("second-role", new GuideBuilder("Second Role").With("slug", "second-role").Build());

        var report = await site.IngestAsync();

        Assert.Equal((0, 2, 0), (report.Added, report.Updated, report.Failed));
        var slugs = await site.QueryAsync(db => db.Roles.OrderBy(r => r.Title).Select(r => r.Slug).ToListAsync());
        Assert.Equal(["shared-address", "second-role"], slugs);
    }
}
