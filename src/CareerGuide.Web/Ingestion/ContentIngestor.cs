using System.Diagnostics;
using CareerGuide.Content;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Brings the database in line with the content folder in one transaction: adds and updates guides
/// that parse cleanly, keeps the last good version of guides that don't, removes roles whose file is gone.
/// </summary>
public sealed partial class ContentIngestor(
    CareerGuideDbContext db,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<ContentIngestor> logger)
{
    private sealed record StoredRole(int Id, string SourcePath, string ContentHash, string Slug);

    public string ContentRoot => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public async Task<IngestionReport> IngestAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var paths = GuideFile.FindAll(ContentRoot);
        if (paths is null)
        {
            // A missing folder is a deployment mistake, not a request to delete every role.
            LogMissingFolder(ContentRoot, ContentOptions.RolesFolder);
            return new IngestionReport(0, 0, 0, 0, 0, [], Stopwatch.GetElapsedTime(started));
        }

        var stored = await db.Roles.AsNoTracking()
            .Select(r => new StoredRole(r.Id, r.SourcePath, r.ContentHash, r.Slug))
            .ToDictionaryAsync(r => r.SourcePath, StringComparer.Ordinal, cancellationToken);
        var aliases = (await db.Aliases.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.RoleId, a => a.Slug);

        var diagnostics = new List<Diagnostic>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<(GuideFile File, RoleGuide Guide)>();
        var unchanged = 0;
        var failed = 0;
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(ContentRoot, path).Replace('\\', '/');
            present.Add(relative);
            GuideFile file;
            try
            {
                file = await GuideFile.ReadAsync(ContentRoot, path, cancellationToken);
            }
            catch (IOException e)
            {
                diagnostics.Add(new Diagnostic(relative, 1, 1, Severity.Error, $"the file cannot be read: {e.Message}"));
                failed++;
                continue;
            }

            if (stored.TryGetValue(relative, out var role) && role.ContentHash == file.Hash)
            {
                unchanged++;
                continue;
            }

            var result = GuideParser.Parse(relative, file.Text);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Guide is null)
            {
                failed++;
                continue;
            }

            changed.Add((file, result.Guide));
        }

        var removed = stored.Values.Where(r => !present.Contains(r.SourcePath)).ToList();
        var claims = new SlugClaims();
        foreach (var keep in stored.Values.Where(r => present.Contains(r.SourcePath) && !changed.Exists(c => c.File.RelativePath == r.SourcePath)))
        {
            claims.Claim(keep.SourcePath, [keep.Slug, .. aliases[keep.Id]]);
        }

        var (added, updated, rejected) = await ApplyAsync(changed, stored, claims, diagnostics, cancellationToken);
        await db.Roles.Where(r => removed.Select(x => x.Id).Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var report = new IngestionReport(added, updated, unchanged, removed.Count, failed + rejected, diagnostics, Stopwatch.GetElapsedTime(started));
        Log(report);
        return report;
    }

    private async Task<(int Added, int Updated, int Rejected)> ApplyAsync(
        List<(GuideFile File, RoleGuide Guide)> changed,
        Dictionary<string, StoredRole> stored,
        SlugClaims claims,
        List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var (added, updated, rejected) = (0, 0, 0);
        var now = clock.GetUtcNow();
        foreach (var (file, guide) in changed)
        {
            string[] slugs = [guide.Slug, .. guide.Aliases];
            var conflicts = claims.Conflicts(file.RelativePath, slugs).ToList();
            if (conflicts.Count > 0)
            {
                diagnostics.AddRange(conflicts.Select(c => new Diagnostic(file.RelativePath, 1, 1, Severity.Error, $"the slug '{c.Slug}' is already used by {c.Owner}")));
                rejected++;
                continue;
            }

            claims.Claim(file.RelativePath, slugs);
            Role role;
            if (stored.TryGetValue(file.RelativePath, out var existing))
            {
                role = await LoadWholeAsync(existing.Id, cancellationToken);
                updated++;
            }
            else
            {
                role = new Role { Slug = guide.Slug, Title = guide.Title, Summary = guide.Summary, Category = guide.Category, SourcePath = file.RelativePath, ContentHash = file.Hash };
                db.Roles.Add(role);
                added++;
            }

            RoleWriter.Apply(role, guide, file.Hash, now);
        }

        return (added, updated, rejected);
    }

    private Task<Role> LoadWholeAsync(int id, CancellationToken cancellationToken) =>
        db.Roles
            .Include(r => r.Sections).Include(r => r.SalaryLevels).Include(r => r.CareerSteps).Include(r => r.Faqs)
            .Include(r => r.Sources).Include(r => r.Aliases).Include(r => r.RelatedRoles)
            .AsSplitQuery()
            .SingleAsync(r => r.Id == id, cancellationToken);

    private void Log(IngestionReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var (level, label) = diagnostic.Severity == Severity.Error ? (LogLevel.Error, "error") : (LogLevel.Warning, "warning");
            LogDiagnostic(level, diagnostic.Path, diagnostic.Line, diagnostic.Column, label, diagnostic.Message);
        }

        LogSummary(report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed, (long)report.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {ContentRoot} has no '{RolesFolder}' folder; nothing ingested, nothing removed")]
    private partial void LogMissingFolder(string contentRoot, string rolesFolder);

    // The same path:line:column: severity: message text as the validator prints, with each part a structured property.
    [LoggerMessage(Message = "{Path}:{Line}:{Column}: {Severity}: {Message}")]
    private partial void LogDiagnostic(LogLevel level, string path, int line, int column, string severity, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested content: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs} ms")]
    private partial void LogSummary(int added, int updated, int unchanged, int removed, int failed, long elapsedMs);
}
