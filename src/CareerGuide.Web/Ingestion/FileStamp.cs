namespace CareerGuide.Web.Ingestion;

/// <summary>A file's length and last write time, read before its bytes: while both stay as they were, it has not been written.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks)
{
    /// <summary>
    /// File times move in the kernel's clock ticks, a few milliseconds apart: a file written this shortly before it was
    /// stamped could be written again under the same stamp, so such a stamp is not kept and the next run reads the file
    /// again (git's "racily clean" entries).
    /// </summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(1);

    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);

    /// <summary>The stamp of <paramref name="file"/>, whose metadata was read after <paramref name="readAfterUtc"/>, if it is old enough to keep.</summary>
    public static FileStamp? Settled(FileInfo file, DateTime readAfterUtc)
    {
        var stamp = Of(file);
        return readAfterUtc.Ticks - stamp.ModifiedTicks > Settling.Ticks ? stamp : null;
    }
}
