using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>A guide file edited or deleted between two runs: its role follows the file, child rows and all.</summary>
public sealed class GuideChangeTests
{
    [Fact]
    public async Task Editing_a_guide_replaces_its_title_salary_rows_steps_and_faqs()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .With("title", "Support Engineer")
            .WithSalaryRows(("Associate Engineer", "$50k", "$51k"), ("Support Engineer", "$70,000", "$72,000"), ("Lead Engineer", "90000", "95000"))
            .WithSteps(("Associate Engineer", "0-2 years", "Learns the product.", ["Triage tickets"]))
            .WithFaqs(("Is there on-call work?", "Sometimes, on a rota."))
            .Build());

        var report = await site.IngestAsync();

        Assert.Equal((0, 1, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        var role = await site.QueryAsync(db => db.Roles.AsNoTracking().SingleAsync(r => r.Slug == "support-specialist"));
        Assert.Equal("Support Engineer", role.Title);
        Assert.Equal(
            [("Associate Engineer", 50_000m, 51_000m), ("Support Engineer", 70_000m, 72_000m), ("Lead Engineer", 90_000m, 95_000m)],
            role.Document.SalaryLevels.Select(l => (l.Level, l.Median.Amount, l.Average?.Amount ?? 0)));
        var step = Assert.Single(role.Document.CareerSteps);
        Assert.Equal(("Associate Engineer", "0-2 years"), (step.Title, step.Years.Text));
        Assert.Equal(["Triage tickets"], step.FocusAreas);
        Assert.Equal("Is there on-call work?", Assert.Single(role.Document.Faqs).Question);
        // One role: 4 sections, 3 salary rows, 1 step, 1 FAQ, 1 source, one search row, and nothing left of the old version.
        Assert.Equal(new StoredRows(1, 4, 3, 1, 1, 1, 0, 0, 1, 0), await site.QueryAsync(StoredRows.CountAsync));
    }

    [Fact]
    public async Task Editing_a_guide_is_what_its_page_shows()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient();
        Assert.Equal("Support Specialist", (await client.GetPageAsync("/roles/support-specialist")).QuerySelector("h1")?.Text());
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", "Support Engineer").Build());

        await site.IngestAsync();

        Assert.Equal("Support Engineer", (await client.GetPageAsync("/roles/support-specialist")).QuerySelector("h1")?.Text());
    }

    [Fact]
    public async Task Deleting_a_guide_removes_its_role_and_every_child_row()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst")
            .With("aliases", "[analyst]")
            .With("related", "[support-specialist]")
            .Build());
        await site.IngestAsync();
        site.DeleteGuide("data-analyst");

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 1, 1, 0), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed));
        Assert.Equal(["support-specialist"], await site.QueryAsync(db => db.Roles.Select(r => r.Slug).ToListAsync()));
        // What is left is exactly one default guide: no alias, related link, section or search row of the deleted one.
        Assert.Equal(new StoredRows(1, 4, 2, 2, 2, 1, 0, 0, 1, 0), await site.QueryAsync(StoredRows.CountAsync));
        var client = site.CreateClient();
        foreach (var path in new[] { "/roles/data-analyst", "/roles/analyst" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
