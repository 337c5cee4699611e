using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>/healthz/ready says so, with a reason, when content can no longer reach the site: a stuck run, a watcher gone.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task An_ingestion_running_longer_than_its_bound_makes_readiness_degraded_until_it_ends()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false)
            .WithSetting("Content:ReadTimeout", "00:10:00")
            .WithSetting("Content:StuckAfter", "00:00:00");
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using var pipe = await GuideFifo.CreateAsync(Path.Combine(site.RolesFolder, "stuck.md"));
        var run = site.IngestAsync();

        await using (await pipe.WaitForReaderAsync())
        {
            var stuck = await IngestionEntryAsync(site);
            Assert.Equal(HealthStatus.Degraded, stuck.Status);
            Assert.Contains("has been running for", stuck.Description, StringComparison.Ordinal);
        }

        await run.WaitAsync(Waits.Limit);
        Assert.Equal(HealthStatus.Healthy, (await IngestionEntryAsync(site)).Status);
    }

    [Fact]
    public async Task The_watcher_reports_its_folder_gone_and_watches_again_when_it_comes_back()
    {
        await using var site = CareerGuideFactory.WithTestContent()
            .WithSetting("Content:Watch", "true")
            .WithSetting("Content:WatchCheckInterval", "00:00:00.1");
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using var client = site.CreateClient();
        await Waits.UntilAsync(async _ => (await IngestionEntryAsync(site)).Status == HealthStatus.Healthy, "the first ingestion");

        site.DeleteRolesFolder();
        await Waits.UntilAsync(async _ => (await IngestionEntryAsync(site)).Description?.Contains("not watching", StringComparison.Ordinal) == true, "readiness to report the watcher down");
        Assert.Equal(HealthStatus.Degraded, (await IngestionEntryAsync(site)).Status);

        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        await Waits.UntilAsync(limit => IsPublishedAsync(client, "/roles/data-analyst", limit), "the guide saved in the new folder to be published");
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst II").Build());
        await Waits.UntilAsync(async _ => (await client.GetPageAsync("/roles/data-analyst")).QuerySelector("h1")?.Text() == "Data Analyst II", "an edit in the new folder to be picked up");
        Assert.Equal(HealthStatus.Healthy, (await IngestionEntryAsync(site)).Status);
    }

    private static async Task<bool> IsPublishedAsync(HttpClient client, string path, CancellationToken limit)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), limit);
        return response.IsSuccessStatusCode;
    }

    private static async Task<HealthReportEntry> IngestionEntryAsync(CareerGuideFactory site) =>
        (await site.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["ingestion"];
}
