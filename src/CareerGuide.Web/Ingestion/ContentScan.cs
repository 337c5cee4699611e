using CareerGuide.Content;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// A role as the database holds it, reduced to what a scan compares against; <paramref name="Stamp"/> is its file's
/// stamp when its <paramref name="ContentHash"/> was read, if that is known.
/// </summary>
public sealed record StoredRole(int Id, string SourcePath, string ContentHash, string Slug, IReadOnlyList<string> Aliases, FileStamp? Stamp = null)
{
    /// <summary>Whether the guide's new version answers at exactly the addresses this one does.</summary>
    public bool HasSameAddresses(ScannedGuide guide) => Slug == guide.Slug && Aliases.Order(StringComparer.Ordinal).SequenceEqual(guide.Aliases.Order(StringComparer.Ordinal));
}

/// <summary>A changed guide that passed its own checks; in <see cref="ScanResult.Accepted"/>, those across files too.</summary>
public sealed record ScannedGuide(string Path, string Hash, string Slug, IReadOnlyList<string> Aliases, string Title, bool Draft, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A file the scan read: its hash, and the stamp to keep for it if it was written long enough ago.</summary>
public sealed record ReadFile(string Path, string Hash, FileStamp? Stamp);

/// <summary>
/// What the first pass over the content folder found; <see cref="SiteWarnings"/> concern no file being ingested now,
/// <see cref="Read"/> lists every file whose bytes were read (the others' stamps showed them unchanged).
/// </summary>
public sealed record ScanResult(
    IReadOnlyList<ScannedGuide> Accepted,
    IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> Rejected,
    IReadOnlyList<Diagnostic> SiteWarnings,
    int Unchanged,
    IReadOnlyList<ReadFile> Read);

/// <summary>
/// The first pass of ingestion: reads every file whose stamp moved, skips unchanged ones by hash, parses and checks the rest,
/// each on its own and then against every other guide. No parsed guide is kept: each that passes its own checks is
/// handed to <c>onAccepted</c>, if given, in file order; the checks across files come at the end.
/// </summary>
public static class ContentScan
{
    public static async Task<ScanResult> RunAsync(
        GuideFileReader reader,
        IReadOnlyList<string> paths,
        IReadOnlySet<string> present,
        IReadOnlyDictionary<string, StoredRole> stored,
        IEnumerable<PublishedSlug> published,
        DateOnly today,
        int staleAfterYears,
        Func<ScannedGuide, RoleGuide, CancellationToken, Task>? onAccepted,
        CancellationToken cancellationToken)
    {
        var check = new ContentCheck(today, published, staleAfterYears);
        var accepted = new List<ScannedGuide>();
        var rejected = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        var unchanged = 0;
        var read = new List<ReadFile>();
        // Reading, hashing and parsing run on every core; the results are taken in file order, as before.
        var files = OrderedParallel.SelectAsync(paths, path => Scan(reader, path, stored, check), cancellationToken);
        await foreach (var (relative, reading, result) in files)
        {
            if (reading is null)
            {
                unchanged++;
                continue;
            }

            if (reading.File is not { } file)
            {
                rejected[relative] = [reading.ProblemAt(relative)];
                continue;
            }

            read.Add(new ReadFile(relative, file.Hash, file.Stamp));
            if (result is null)
            {
                unchanged++;
            }
            else if (check.Include(relative, result).Guide is { } guide)
            {
                var scanned = new ScannedGuide(relative, file.Hash, guide.Slug, guide.Aliases, guide.Title, guide.Draft, result.Diagnostics);
                accepted.Add(scanned);
                if (onAccepted is not null)
                {
                    await onAccepted(scanned, guide, cancellationToken);
                }
            }
            else
            {
                rejected[relative] = result.Diagnostics;
            }
        }

        // Guides that were not re-read still hold their URLs: changed files are checked against them too.
        var accept = accepted.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var role in stored.Values.Where(r => present.Contains(r.SourcePath) && !accept.Contains(r.SourcePath)))
        {
            check.AddKnown(new GuideIdentity(role.SourcePath, role.Slug, role.Aliases));
        }

        var across = check.CheckAcrossFiles().ToLookup(d => d.Path, StringComparer.Ordinal);
        var final = new List<ScannedGuide>();
        foreach (var guide in accepted)
        {
            List<Diagnostic> diagnostics = [.. guide.Diagnostics, .. across[guide.Path]];
            if (diagnostics.Exists(d => d.Severity == Severity.Error))
            {
                rejected[guide.Path] = diagnostics;
            }
            else
            {
                final.Add(guide with { Diagnostics = diagnostics });
            }
        }

        var siteWarnings = across.Where(group => !accept.Contains(group.Key)).SelectMany(group => group).ToList();
        return new ScanResult(final, rejected, siteWarnings, unchanged, read);
    }

    /// <summary>
    /// Reads one file and, unless its hash shows it unchanged, parses and checks it on its own. A file whose stamp is
    /// the one its stored version was read under is not read at all: then the read is null.
    /// </summary>
    private static (string Path, GuideFileRead? Read, GuideParseResult? Result) Scan(
        GuideFileReader reader, string path, IReadOnlyDictionary<string, StoredRole> stored, ContentCheck check)
    {
        var relative = GuideFile.RelativePathOf(reader.ContentRoot, path);
        stored.TryGetValue(relative, out var role);
        if (role?.Stamp is { } stamp && GuideFileReader.StampOf(path) == stamp)
        {
            return (relative, null, null);
        }

        var read = reader.Read(path);
        if (read.File is not { } file || role?.ContentHash == file.Hash)
        {
            return (relative, read, null);
        }

        return (relative, read, check.Check(relative, file.DecodeText()));
    }
}
