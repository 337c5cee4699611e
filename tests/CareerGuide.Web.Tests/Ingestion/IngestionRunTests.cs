using CareerGuide.Testing;
using CareerGuide.Web.Data;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>Whole runs of ingestion over a folder: the first run, a run with nothing to do, a run with no folder.</summary>
public sealed class IngestionRunTests
{
    [Fact]
    public async Task First_run_adds_every_guide()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").With("category", "Data").Build());
        site.WriteGuide("staff-nurse", new GuideBuilder("Staff Nurse").With("category", "Healthcare").Build());

        var report = await site.IngestAsync();

        Assert.Equal((3, 0, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        Assert.Empty(report.Diagnostics);
        var roles = await site.QueryAsync(db => db.Roles.OrderBy(r => r.Slug).Select(r => new { r.Slug, r.Title, r.Category, r.SourcePath }).ToListAsync());
        Assert.Equal(
            new[]
            {
                new { Slug = "data-analyst", Title = "Data Analyst", Category = "Data", SourcePath = "roles/data-analyst.md" },
                new { Slug = "staff-nurse", Title = "Staff Nurse", Category = "Healthcare", SourcePath = "roles/staff-nurse.md" },
                new { Slug = "support-specialist", Title = "Support Specialist", Category = "Customer Support", SourcePath = "roles/support-specialist.md" },
            },
            roles);
        // Each default guide has 4 sections, 2 salary rows, 2 steps, 2 FAQs and 1 source.
        Assert.Equal(new StoredRows(3, 12, 6, 6, 6, 3, 0, 0, 3, 0), await site.QueryAsync(StoredRows.CountAsync));
    }

    [Fact]
    public async Task Second_run_with_nothing_changed_reports_all_unchanged_and_writes_nothing()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").With("aliases", "[analyst]").Build());
        await site.IngestAsync();
        var rowsBefore = await site.QueryAsync(StoredRows.CountAsync);
        var rolesBefore = await site.QueryAsync(RoleStampsAsync);

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 2, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        Assert.Equal(rowsBefore, await site.QueryAsync(StoredRows.CountAsync));
        Assert.Equal(rolesBefore, await site.QueryAsync(RoleStampsAsync));
    }

    [Fact]
    public async Task Missing_roles_folder_removes_nothing()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        await site.IngestAsync();
        var rowsBefore = await site.QueryAsync(StoredRows.CountAsync);
        var rolesBefore = await site.QueryAsync(RoleStampsAsync);
        site.DeleteRolesFolder();

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        Assert.Equal(rowsBefore, await site.QueryAsync(StoredRows.CountAsync));
        Assert.Equal(rolesBefore, await site.QueryAsync(RoleStampsAsync));
        using var response = await site.CreateClient().GetAsync(new Uri("/roles/data-analyst", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>What any rewrite would change: a role written again gets a new id and time, a status a new check time.</summary>
    private static async Task<List<string>> RoleStampsAsync(CareerGuideDbContext db)
    {
        var roles = await db.Roles.OrderBy(r => r.Id).Select(r => new { r.Id, r.Slug, r.ContentHash, r.IngestedAt }).ToListAsync();
        var statuses = await db.GuideStatuses.OrderBy(s => s.Path).Select(s => new { s.Path, s.State, s.CheckedAt }).ToListAsync();
        return [.. roles.Select(r => $"{r.Id} {r.Slug} {r.ContentHash} {r.IngestedAt:O}"), .. statuses.Select(s => $"{s.Path} {s.State} {s.CheckedAt:O}")];
    }
}
