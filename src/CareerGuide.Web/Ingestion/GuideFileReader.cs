using System.Collections.Concurrent;
using CareerGuide.Content;

namespace CareerGuide.Web.Ingestion;

/// <summary>A guide file read, or why it was not: <see cref="Problem"/> is the diagnostic's message then.</summary>
public sealed record GuideFileRead(GuideFile? File, string? Problem)
{
    /// <summary>The error that keeps the unread file's last good version online.</summary>
    public Diagnostic ProblemAt(string relativePath) => new(relativePath, 1, 1, Severity.Error, Problem ?? GuideFileReader.Unreadable);
}

/// <summary>
/// Reads guide files without trusting the folder: links are followed only to files inside the content folder, the size
/// is checked before opening, and a read that does not finish (a pipe, a stalled disk) is given up after a timeout.
/// </summary>
public sealed class GuideFileReader(string contentRoot, TimeSpan timeout)
{
    /// <summary>No text of <see cref="GuideParser.MaxLength"/> characters takes more bytes in UTF-8, so larger files are refused unread.</summary>
    public const long MaxBytes = GuideParser.MaxLength * 3L;

    public const string Unreadable = "the file cannot be read; the last good version stays online";

    // Opening a pipe blocks in the kernel and cannot be cancelled: a read given up is kept, so that a pipe left in the
    // folder holds one thread however many runs meet it, not one per run.
    private static readonly ConcurrentDictionary<string, Task<GuideFile>> Stalled = new(StringComparer.Ordinal);

    public string ContentRoot => contentRoot;

    /// <summary>The stamp of a plain file now; null for a link, a pipe or a missing file, which are always read.</summary>
    public static FileStamp? StampOf(string fullPath)
    {
        var entry = new FileInfo(fullPath);
        return entry.Exists && entry.LinkTarget is null && entry.Length > 0 ? FileStamp.Of(entry) : null;
    }

    public GuideFileRead Read(string fullPath)
    {
        try
        {
            // Taken before the file's metadata, which comes before its bytes: a stamp kept is never newer than what was hashed.
            var now = DateTime.UtcNow;
            var entry = new FileInfo(fullPath);
            var file = entry.LinkTarget is null ? entry : entry.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            if (file is null || !file.Exists)
            {
                return Refused($"the file is a link to {entry.LinkTarget}, which is not a file; the last good version stays online");
            }

            if (file != entry && !IsInsideContent(file))
            {
                return Refused($"the file is a link to {file.FullName}, outside the content folder: only files inside it are published; the last good version stays online");
            }

            // Pipes and devices report no length: only those reads can block, so only they are read on a thread of their
            // own under the timeout; a guide with bytes is read right here, as thousands are on every ingestion.
            return file.Length > MaxBytes ? Refused(TooLarge(file.Length))
                : file.Length == 0 ? ReadWithin(fullPath)
                : Checked(ReadBounded(fullPath, file.Length) with { Stamp = file == entry ? FileStamp.Settled(file, now) : null });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(Unreadable);
        }
    }

    private static GuideFileRead Refused(string problem) => new(null, problem);

    private static string TooLarge(long bytes) =>
        $"the file has {bytes:N0} bytes, more than the {MaxBytes:N0} a guide may have: split it or remove pasted data";

    private GuideFileRead ReadWithin(string fullPath)
    {
        var reading = Stalled.TryGetValue(fullPath, out var stalled) && !stalled.IsCompleted
            ? stalled
            : Task.Factory.StartNew(() => ReadBounded(fullPath, expectedLength: 0), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!reading.Wait(timeout))
        {
            Stalled[fullPath] = reading;
            return Refused($"the file could not be read within {timeout.TotalSeconds:0.#} s: it is not an ordinary file (a pipe or a device?) or its disk does not answer; the last good version stays online");
        }

        Stalled.TryRemove(fullPath, out _);
        return Checked(reading.Result);
    }

    /// <summary>A file read whole, unless it grew past the limit while it was read.</summary>
    private static GuideFileRead Checked(GuideFile file) =>
        file.Bytes.Length > MaxBytes ? Refused(TooLarge(file.Bytes.Length)) : new GuideFileRead(file, null);

    /// <summary>
    /// Reads the file whole, at most one byte more than a guide may have: a device that never ends, or a file that grew, is
    /// caught by it. A guide comes into an array of the length its file had a moment ago, one allocation of its own size:
    /// a 64 KB buffer and a growing copy for every file were a sixth of all a full ingestion allocated.
    /// </summary>
    private static GuideFile ReadBounded(string fullPath, long expectedLength)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var bytes = new byte[expectedLength];
        var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        Span<byte> next = stackalloc byte[1];
        if (filled < bytes.Length || stream.Read(next) == 0)
        {
            return GuideFile.Of(filled < bytes.Length ? bytes[..filled] : bytes);
        }

        // Longer than a moment ago (still being written), or of no length known (a pipe): the rest in chunks, up to the limit.
        using var whole = new MemoryStream();
        whole.Write(bytes);
        whole.Write(next);
        var buffer = new byte[64 * 1024];
        for (var read = stream.Read(buffer); read > 0 && whole.Length <= MaxBytes; read = stream.Read(buffer))
        {
            whole.Write(buffer, 0, read);
        }

        return GuideFile.Of(whole.ToArray());
    }

    /// <summary>Whether the file and every folder between it and the content folder are really there, not links elsewhere.</summary>
    private bool IsInsideContent(FileInfo file)
    {
        var roots = new[] { contentRoot, Directory.ResolveLinkTarget(contentRoot, returnFinalTarget: true)?.FullName }.OfType<string>();
        for (var folder = file.Directory; folder is not null; folder = folder.Parent)
        {
            if (roots.Any(root => Path.GetRelativePath(root, folder.FullName) == "."))
            {
                return true;
            }

            if (folder.LinkTarget is not null)
            {
                return false;
            }
        }

        return false;
    }
}
