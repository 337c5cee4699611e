using System.Data.Common;
using System.Diagnostics;
using CareerGuide.Content;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Brings the database in line with the content folder in one transaction: adds and updates guides that
/// pass every check, keeps the last good version of guides that don't, removes roles whose file is gone.
/// </summary>
public sealed partial class ContentIngestor(
    CareerGuideDbContext db,
    IGuideStore store,
    IngestionGate gate,
    IngestionState state,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    IEnumerable<IContentChangeListener> listeners,
    ILogger<ContentIngestor> logger)
{
    public string ContentRoot => options.Value.ResolvePath(environment);

    private GuideFileReader Reader => field ??= new(ContentRoot, options.Value.ReadTimeout);

    public async Task<IngestionReport> IngestAsync(CancellationToken cancellationToken = default)
    {
        await using var entered = await gate.EnterAsync(db, cancellationToken);
        state.Started(clock.GetUtcNow());
        try
        {
            // A retrying provider (PostgreSQL) runs a transaction only inside its strategy, which repeats the whole run on a transient error.
            var report = await db.Database.CreateExecutionStrategy().ExecuteAsync(RunAsync, cancellationToken);
            state.Completed(report);
            return report;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            state.Failed(e);
            throw;
        }
        finally
        {
            state.Ended();
        }
    }

    private async Task<IngestionReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var paths = GuideFile.FindAll(ContentRoot);
        if (paths is null)
        {
            // A missing folder is a deployment mistake, not a request to delete every role.
            LogMissingFolder(ContentRoot, ContentOptions.RolesFolder);
            return new IngestionReport(0, 0, 0, 0, 0, [], Stopwatch.GetElapsedTime(started));
        }

        var stored = await LoadStoredAsync(cancellationToken);
        var published = await db.SlugHistory.AsNoTracking().Select(s => new PublishedSlug(s.Slug, s.Path)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var present = paths.Select(path => GuideFile.RelativePathOf(ContentRoot, path)).ToHashSet(StringComparer.Ordinal);
        var removed = stored.Values.Where(r => !present.Contains(r.SourcePath)).ToList();
        var (committed, checkedScan, relinked) = await WriteAsYouReadAsync(paths, present, stored, published, removed, now, cancellationToken);
        var (scan, linksChanged) = committed ? (checkedScan!, relinked) : await ReadThenWriteAsync(paths, present, checkedScan, stored, published, removed, now, cancellationToken);

        var updated = scan.Accepted.Count(g => stored.ContainsKey(g.Path));
        var diagnostics = scan.Accepted.SelectMany(g => g.Diagnostics).Concat(scan.Rejected.Values.SelectMany(d => d)).Concat(scan.SiteWarnings).ToList();
        // The pages that change: those of the roles written or removed, and those of the roles whose links now read differently.
        HashSet<string> changed = [.. scan.Accepted.Select(g => g.Slug), .. removed.Select(r => r.Slug), .. scan.Accepted.Where(g => stored.ContainsKey(g.Path)).Select(g => stored[g.Path].Slug), .. linksChanged];

        var report = new IngestionReport(scan.Accepted.Count - updated, updated, scan.Unchanged, removed.Count, scan.Rejected.Count, diagnostics, Stopwatch.GetElapsedTime(started))
        {
            ChangedSlugs = changed,
        };
        Log(report);
        if (changed.Count > 0)
        {
            foreach (var listener in listeners)
            {
                await listener.OnContentChangedAsync(changed, cancellationToken);
            }
        }

        return report;
    }

    private async Task<Dictionary<string, StoredRole>> LoadStoredAsync(CancellationToken cancellationToken)
    {
        var aliases = (await db.Aliases.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.RoleId, a => a.Slug);
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.SourcePath, r.ContentHash, r.Slug }).ToListAsync(cancellationToken);
        var stamps = await db.GuideFileStamps.AsNoTracking().Where(s => s.FormatVersion == GuideParser.FormatVersion).ToDictionaryAsync(s => s.Path, StringComparer.Ordinal, cancellationToken);
        // A stamp vouches for the stored version only if it was taken when that version's bytes were read.
        return roles.ToDictionary(
            r => r.SourcePath,
            r => new StoredRole(r.Id, r.SourcePath, r.ContentHash, r.Slug, [.. aliases[r.Id]], stamps.TryGetValue(r.SourcePath, out var stamp) && stamp.Hash == r.ContentHash ? new FileStamp(stamp.Length, stamp.ModifiedTicks) : null),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The usual run: each file is read and parsed once, and written as soon as it passes its own checks. When the
    /// checks across files then reject a guide already written, or a written guide takes an address another still
    /// holds, the transaction is rolled back and the run starts over as <see cref="ReadThenWriteAsync"/>: then
    /// <c>Committed</c> is false, and <c>Scan</c> is the finished scan when there was one, which need not be made again.
    /// </summary>
    private async Task<(bool Committed, ScanResult? Scan, IReadOnlyCollection<string> Relinked)> WriteAsYouReadAsync(
        IReadOnlyList<string> paths, IReadOnlySet<string> present, Dictionary<string, StoredRole> stored, IReadOnlyList<PublishedSlug> published, IReadOnlyList<StoredRole> removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await store.DeleteRolesAsync(db, [.. removed.Select(r => r.Id)], cancellationToken);
            ScanResult scan;
            using (var writer = await GuideWriter.CreateAsync(db, store, stored.Values.ToDictionary(r => r.SourcePath, r => r.Id, StringComparer.Ordinal), now, cancellationToken))
            {
                scan = await ContentScan.RunAsync(Reader, paths, present, stored, published, Today(now), options.Value.StaleAfterYears, writer.AddAsync, cancellationToken);
                await writer.FlushAsync(cancellationToken);
                if (scan.Rejected.Keys.Any(writer.Written.Contains))
                {
                    LogStartingOver("a guide passed its own checks but not those across files");
                    return (false, scan, []);
                }
            }

            return (true, scan, await CommitAsync(scan, removed, now, cancellationToken));
        }
        catch (DbException e)
        {
            // A unique address taken before the guide holding it was replaced; the careful run orders the deletions.
            LogStartingOver(e);
            return (false, null, []);
        }
    }

    /// <summary>
    /// The careful run: every file is read and checked, alone and across files, before anything is written; then the
    /// accepted ones are parsed again and written. Roles whose file is gone, and changed guides that move to other
    /// addresses, are deleted first, since guides written before them may take their slugs. A scan already finished
    /// by the usual run (<paramref name="checkedScan"/>) is used as it is.
    /// </summary>
    private async Task<(ScanResult Scan, IReadOnlyCollection<string> Relinked)> ReadThenWriteAsync(
        IReadOnlyList<string> paths, IReadOnlySet<string> present, ScanResult? checkedScan, Dictionary<string, StoredRole> stored, IReadOnlyList<PublishedSlug> published, IReadOnlyList<StoredRole> removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scan = checkedScan ?? await ContentScan.RunAsync(Reader, paths, present, stored, published, Today(now), options.Value.StaleAfterYears, onAccepted: null, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = scan.Accepted.Where(g => stored.ContainsKey(g.Path)).ToLookup(g => stored[g.Path].HasSameAddresses(g), g => stored[g.Path]);
        await store.DeleteRolesAsync(db, [.. removed.Select(r => r.Id), .. replaced[false].Select(r => r.Id)], cancellationToken);
        using (var writer = await GuideWriter.CreateAsync(db, store, replaced[true].ToDictionary(r => r.SourcePath, r => r.Id, StringComparer.Ordinal), now, cancellationToken))
        {
            await foreach (var (scanned, guide) in OrderedParallel.SelectAsync(scan.Accepted, Reparse, cancellationToken))
            {
                if (guide is not null)
                {
                    await writer.AddAsync(scanned, guide, cancellationToken);
                }
            }

            await writer.FlushAsync(cancellationToken);
        }

        return (scan, await CommitAsync(scan, removed, now, cancellationToken));
    }

    /// <summary>
    /// Resolves the links between roles as the run leaves them, records every file's status and commits the run's
    /// transaction; returns the roles whose links changed.
    /// </summary>
    private async Task<IReadOnlyCollection<string>> CommitAsync(ScanResult scan, IReadOnlyList<StoredRole> removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> relinked = scan.Accepted.Count + removed.Count > 0 ? await RoleLinksResolver.ResolveAsync(db, store, cancellationToken) : [];
        await WriteStatusesAsync(scan, removed, now, cancellationToken);
        await WriteStampsAsync(scan, removed, cancellationToken);
        await store.CompleteRunAsync(db, cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        return relinked;
    }

    private (ScannedGuide Scanned, RoleGuide? Guide) Reparse(ScannedGuide scanned)
    {
        var file = Reader.Read(Path.Combine(Reader.ContentRoot, scanned.Path)).File;
        // A file saved again since the scan is left for the next run, which the save itself triggers.
        return (scanned, file?.Hash == scanned.Hash ? GuideParser.Parse(scanned.Path, file.DecodeText()).Guide : null);
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private async Task WriteStatusesAsync(ScanResult scan, IReadOnlyList<StoredRole> removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string[] gone = [.. removed.Select(r => r.SourcePath)];
        await db.GuideStatuses.Where(s => gone.Contains(s.Path)).ExecuteDeleteAsync(cancellationToken);
        string[] touched = [.. scan.Accepted.Select(g => g.Path), .. scan.Rejected.Keys];
        await db.GuideStatuses.Where(s => touched.Contains(s.Path)).ExecuteDeleteAsync(cancellationToken);

        // A full ingestion writes a status and a history row per guide: the store's bulk inserts, not the change tracker.
        await store.InsertAsync(db, scan.Accepted.Select(guide => new GuideStatus
        {
            Path = guide.Path,
            State = guide.Draft ? GuideStates.Draft : GuideStates.Published,
            Slug = guide.Slug,
            Title = guide.Title,
            Diagnostics = [.. guide.Diagnostics.Select(d => d.ToString())],
            CheckedAt = now,
        }).Concat(scan.Rejected.Select(rejected => new GuideStatus
        {
            Path = rejected.Key,
            State = GuideStates.Rejected,
            Diagnostics = [.. rejected.Value.Select(d => d.ToString())],
            CheckedAt = now,
        })), cancellationToken);

        // Each published slug's history row names the file that holds it now.
        string[] slugs = [.. scan.Accepted.Where(g => !g.Draft).Select(g => g.Slug)];
        await db.SlugHistory.Where(s => slugs.Contains(s.Slug)).ExecuteDeleteAsync(cancellationToken);
        await store.InsertAsync(db, scan.Accepted.Where(g => !g.Draft).Select(g => new SlugHistory { Slug = g.Slug, Path = g.Path }), cancellationToken);
    }

    /// <summary>
    /// Keeps the stamp of each file read whose stored role now holds what was read, so the next run reads only the files
    /// written since; a rejected file keeps none and is read again. A file gone takes its stamp with it.
    /// </summary>
    private async Task WriteStampsAsync(ScanResult scan, IReadOnlyList<StoredRole> removed, CancellationToken cancellationToken)
    {
        string[] replaced = [.. scan.Read.Select(f => f.Path), .. removed.Select(r => r.SourcePath)];
        if (replaced.Length == 0)
        {
            return;
        }

        await db.GuideFileStamps.Where(s => replaced.Contains(s.Path)).ExecuteDeleteAsync(cancellationToken);
        await store.InsertAsync(db, scan.Read.Where(f => f.Stamp is not null && !scan.Rejected.ContainsKey(f.Path)).Select(f => new GuideFileStamp
        {
            Path = f.Path,
            Length = f.Stamp!.Value.Length,
            ModifiedTicks = f.Stamp.Value.ModifiedTicks,
            FormatVersion = GuideParser.FormatVersion,
            Hash = f.Hash,
        }), cancellationToken);
    }

    private void Log(IngestionReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var (level, label) = diagnostic.Severity == Severity.Error ? (LogLevel.Error, "error") : (LogLevel.Warning, "warning");
            LogDiagnostic(level, diagnostic.Path, diagnostic.Line, diagnostic.Column, label, diagnostic.Message);
        }

        LogSummary(report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed, (long)report.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion starts over, checking every guide before writing any: {Reason}")]
    private partial void LogStartingOver(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion starts over, checking every guide before writing any")]
    private partial void LogStartingOver(Exception conflict);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {ContentRoot} has no '{RolesFolder}' folder; nothing ingested, nothing removed")]
    private partial void LogMissingFolder(string contentRoot, string rolesFolder);

    // The same path:line:column: severity: message text as the validator prints, with each part a structured property.
    [LoggerMessage(Message = "{Path}:{Line}:{Column}: {Severity}: {Message}")]
    private partial void LogDiagnostic(LogLevel level, string path, int line, int column, string severity, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested content: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs} ms")]
    private partial void LogSummary(int added, int updated, int unchanged, int removed, int failed, long elapsedMs);
}
