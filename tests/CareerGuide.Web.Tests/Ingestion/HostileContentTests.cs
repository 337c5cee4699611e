using System.Net;
using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>
/// What a careless copy or a hostile hand can put in content/roles in place of a guide: ingestion names it, never hangs
/// or runs out of memory, keeps the guide's last good version online, and the site keeps answering.
/// </summary>
public sealed class HostileContentTests
{
    public static TheoryData<string> Entries => ["link-outside", "link-to-dev-zero", "dangling-link", "link-to-folder", "fifo", "control-character"];

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task A_hostile_entry_in_place_of_a_guide_is_named_and_the_last_good_version_stays_online(string entry)
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false).WithSetting("Content:ReadTimeout", "00:00:01");
        var path = site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        await site.IngestAsync();
        var file = Path.Combine(site.ContentRoot, path);
        using var fifo = await PutAsync(entry, file, site.ContentRoot);
        site.WriteGuide("data-analyst", new GuideBuilder("Data Analyst II").Build());

        var report = await site.IngestAsync().WaitAsync(Waits.Limit);

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((path, 1), (error.Path, report.Failed));
        Assert.Equal(1, report.Updated);
        using var client = site.CreateClient();
        Assert.Equal("Support Specialist", (await client.GetPageAsync("/roles/support-specialist")).QuerySelector("h1")?.Text());
        Assert.Equal("Data Analyst II", (await client.GetPageAsync("/roles/data-analyst")).QuerySelector("h1")?.Text());
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        if (fifo is not null)
        {
            // The read given up still waits in the kernel for a writer: this one lets it end.
            await using (await fifo.WaitForReaderAsync())
            {
            }
        }
    }

    [Fact]
    public async Task A_guide_far_too_large_is_refused_by_its_size_without_being_read()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        var path = site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        // Sparse: ten gigabytes on the disk's books and none on the disk, which only a read would find out.
        using (var stream = File.OpenWrite(Path.Combine(site.ContentRoot, path)))
        {
            stream.SetLength(10L << 30);
        }

        var report = await site.IngestAsync().WaitAsync(Waits.Limit);

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(path, error.Path);
        Assert.StartsWith("the file has 10,737,418,240 bytes, more than the", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces the guide at <paramref name="file"/> by <paramref name="entry"/>; a pipe is returned, to be disposed.</summary>
    private static async Task<GuideFifo?> PutAsync(string entry, string file, string contentRoot)
    {
        File.Delete(file);
        switch (entry)
        {
            case "link-outside":
                var outside = Path.Combine(Path.GetDirectoryName(contentRoot)!, "outside.md");
                File.WriteAllText(outside, new GuideBuilder("Published From Elsewhere").Build());
                File.CreateSymbolicLink(file, outside);
                return null;
            case "link-to-dev-zero":
                File.CreateSymbolicLink(file, "/dev/zero");
                return null;
            case "dangling-link":
                File.CreateSymbolicLink(file, Path.Combine(contentRoot, "gone.md"));
                return null;
            case "link-to-folder":
                File.CreateSymbolicLink(file, contentRoot);
                return null;
            case "fifo":
                return await GuideFifo.CreateAsync(file);
            default:
                File.WriteAllText(file, new GuideBuilder("Support Specialist").With("title", "Support\u0001 Specialist").Build());
                return null;
        }
    }
}
