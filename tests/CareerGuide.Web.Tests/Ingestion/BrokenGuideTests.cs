using System.Net;
using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Data;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>A guide with errors is reported, never published, and never takes down the others or its own last good version.</summary>
public sealed class BrokenGuideTests
{
    private static readonly string BrokenGuide = new GuideBuilder("Broken Role")
        .WithSalaryRows(("Junior Broken Role", "$40k", "$42k"), ("Broken Role", "about fifty", "$60k"))
        .Build();

    private static int BrokenLine => LineOf(BrokenGuide, "| Broken Role | about fifty |");

    [Fact]
    public async Task Malformed_guide_is_reported_with_its_path_and_line_while_the_good_ones_are_added()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("broken-role", BrokenGuide);
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());

        var report = await site.IngestAsync();

        Assert.Equal((2, 0, 0, 0, 1), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("roles/broken-role.md", BrokenLine, Severity.Error), (diagnostic.Path, diagnostic.Line, diagnostic.Severity));
        Assert.Contains("\"about fifty\" is not an amount of money", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["data-analyst", "support-specialist"], await site.QueryAsync(db => db.Roles.OrderBy(r => r.Slug).Select(r => r.Slug).ToListAsync()));
    }

    [Fact]
    public async Task Start_up_with_a_malformed_guide_serves_the_good_ones_and_records_the_problem()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("broken-role", BrokenGuide);
        var client = site.CreateClient();

        var page = await client.GetPageAsync("/roles/support-specialist");

        Assert.Equal("Support Specialist", page.QuerySelector("h1")?.Text());
        using var broken = await client.GetAsync(new Uri("/roles/broken-role", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
        var status = await site.QueryAsync(db => db.GuideStatuses.SingleAsync(s => s.Path == "roles/broken-role.md"));
        Assert.Equal(GuideStates.Rejected, status.State);
        Assert.StartsWith($"roles/broken-role.md:{BrokenLine}:", Assert.Single(status.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_edit_to_a_published_guide_keeps_the_last_good_version_served()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();
        var hashBefore = await site.QueryAsync(db => db.Roles.Select(r => r.ContentHash).SingleAsync());
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", "Support Lead").With("updated", "next week").Build());

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 0, 0, 1), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        Assert.Equal("roles/support-specialist.md", Assert.Single(report.Diagnostics).Path);
        Assert.Equal(hashBefore, await site.QueryAsync(db => db.Roles.Select(r => r.ContentHash).SingleAsync()));
        Assert.Equal("Support Specialist", (await client.GetPageAsync("/roles/support-specialist")).QuerySelector("h1")?.Text());
    }

    [Fact]
    public async Task Last_good_version_survives_a_restart_while_its_file_is_broken()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        _ = site.Services;
        site.WriteGuide("support-specialist", "---\ntitle: Support Lead\n");

        // A second host on the same database and folder: its start-up migrates and ingests again.
        await using var restarted = site.WithWebHostBuilder(_ => { });
        var page = await restarted.CreateClient().GetPageAsync("/roles/support-specialist");

        Assert.Equal("Support Specialist", page.QuerySelector("h1")?.Text());
        var status = await site.QueryAsync(db => db.GuideStatuses.SingleAsync());
        Assert.Equal(GuideStates.Rejected, status.State);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(line => line.StartsWith(fragment, StringComparison.Ordinal)) + 1;
}
