using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>
/// A re-ingestion reads only the files whose length or last write time moved since their stored version was read.
/// These tests give a file new bytes under its old stamp, which no editor's save does, to see whether it was read.
/// </summary>
public sealed class FileStampTests
{
    private static readonly DateTime LongAgo = new(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_guide_whose_stamp_has_not_moved_is_not_read_again()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        var path = WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        WriteGuide(site, "Support Specialisz", LongAgo);

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal("Support Specialist", await TitleAsync(site));
        Assert.Equal(path, Assert.Single(await site.QueryAsync(db => db.GuideFileStamps.Select(s => s.Path).ToListAsync())));
    }

    [Fact]
    public async Task A_guide_saved_again_is_read_whatever_its_length()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        WriteGuide(site, "Support Specialisz", LongAgo.AddSeconds(1));

        var report = await site.IngestAsync();

        Assert.Equal((0, 1, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal("Support Specialisz", await TitleAsync(site));
    }

    [Fact]
    public async Task A_touched_guide_is_read_found_unchanged_and_its_new_stamp_kept()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        File.SetLastWriteTimeUtc(GuideFile(site), LongAgo.AddHours(1));

        var report = await site.IngestAsync();

        Assert.Equal((0, 0, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal(LongAgo.AddHours(1).Ticks, await site.QueryAsync(db => db.GuideFileStamps.Select(s => s.ModifiedTicks).SingleAsync()));
    }

    [Fact]
    public async Task A_guide_written_just_before_a_run_keeps_no_stamp_so_the_next_run_reads_it()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        // Written now: a second save within the same tick of the file clock would leave the stamp as it is.
        WriteGuide(site, "Support Specialist", null);
        await site.IngestAsync();
        Assert.Empty(await site.QueryAsync(db => db.GuideFileStamps.ToListAsync()));
        var tick = File.GetLastWriteTimeUtc(GuideFile(site));
        WriteGuide(site, "Support Specialisz", tick);

        var report = await site.IngestAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal("Support Specialisz", await TitleAsync(site));
    }

    [Fact]
    public async Task A_stamp_from_another_format_version_is_not_trusted()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        await site.QueryAsync(db => db.GuideFileStamps.ExecuteUpdateAsync(s => s.SetProperty(stamp => stamp.FormatVersion, stamp => stamp.FormatVersion - 1)));
        WriteGuide(site, "Support Specialisz", LongAgo);

        var report = await site.IngestAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal("Support Specialisz", await TitleAsync(site));
    }

    [Fact]
    public async Task A_rejected_guide_keeps_no_stamp_and_is_read_on_every_run()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("updated", "someday").Build());
        File.SetLastWriteTimeUtc(GuideFile(site), LongAgo.AddHours(1));
        Assert.Equal(1, (await site.IngestAsync()).Failed);

        var report = await site.IngestAsync();

        Assert.Equal(1, report.Failed);
        Assert.Empty(await site.QueryAsync(db => db.GuideFileStamps.ToListAsync()));
    }

    [Fact]
    public async Task A_deleted_guide_takes_its_stamp_with_it()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        WriteGuide(site, "Support Specialist", LongAgo);
        await site.IngestAsync();
        site.DeleteGuide("support-specialist");

        await site.IngestAsync();

        Assert.Empty(await site.QueryAsync(db => db.GuideFileStamps.ToListAsync()));
    }

    /// <summary>Writes the one guide of these tests with <paramref name="title"/>, its last write time set when given.</summary>
    private static string WriteGuide(CareerGuideFactory site, string title, DateTime? writtenAt)
    {
        var path = site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", title).Build());
        if (writtenAt is { } time)
        {
            File.SetLastWriteTimeUtc(GuideFile(site), time);
        }

        return path;
    }

    private static string GuideFile(CareerGuideFactory site) => Path.Combine(site.RolesFolder, "support-specialist.md");

    private static Task<string> TitleAsync(CareerGuideFactory site) =>
        site.QueryAsync(db => db.Roles.Where(r => r.Slug == "support-specialist").Select(r => r.Title).SingleAsync());
}
