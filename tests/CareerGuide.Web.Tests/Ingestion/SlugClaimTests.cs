using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>One URL answers for one guide: a file that claims a slug another guide holds is rejected.</summary>
public sealed class SlugClaimTests
{
    [Fact]
    public async Task Second_file_claiming_a_published_slug_is_rejected_naming_the_first()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        var copy = new GuideBuilder("Support Impostor").With("slug", "support-specialist").Build();
        site.WriteGuide("support-impostor", copy);

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 1, 0, 1), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("roles/support-impostor.md", Severity.Error), (diagnostic.Path, diagnostic.Severity));
        Assert.Equal(copy.Split('\n').ToList().FindIndex(line => line.StartsWith("slug:", StringComparison.Ordinal)) + 1, diagnostic.Line);
        Assert.Contains("'support-specialist' is already used by roles/support-specialist.md", diagnostic.Message, StringComparison.Ordinal);
        var titles = await site.QueryAsync(db => db.Roles.Select(r => r.Title).ToListAsync());
        Assert.Equal(["Support Specialist"], titles);
    }

    [Fact]
    public async Task Alias_claiming_a_published_slug_is_rejected_naming_the_guide_that_holds_it()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").With("aliases", "[support-specialist]").Build());

        var report = await site.IngestAsync();

        Assert.Equal(1, report.Failed);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("roles/data-analyst.md", diagnostic.Path);
        Assert.Contains("is already used by roles/support-specialist.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["support-specialist"], await site.QueryAsync(db => db.Roles.Select(r => r.Slug).ToListAsync()));
    }

    [Fact]
    public async Task Published_guide_still_takes_edits_while_another_file_claims_its_slug()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        site.WriteGuide("support-impostor", new GuideBuilder("Support Impostor").With("slug", "support-specialist").Build());
        await site.IngestAsync();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", "Support Specialist II").Build());

        var report = await site.IngestAsync();

        // The file that holds the slug is the first claimant; only the later one is at fault.
        Assert.Equal(["roles/support-impostor.md"], report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path).Distinct());
        Assert.Equal((1, 1), (report.Updated, report.Failed));
        Assert.Equal(["Support Specialist II"], await site.QueryAsync(db => db.Roles.Select(r => r.Title).ToListAsync()));
    }
}
