namespace CareerGuide.Web.Data;

/// <summary>
/// A guide file's length and last write time when its bytes were last hashed: a re-ingestion takes the hash of a file
/// whose stamp has not moved without reading it, the check make, rsync and git make before they read a file.
/// </summary>
public sealed class GuideFileStamp
{
    /// <summary>The file, relative to the content folder.</summary>
    public required string Path { get; set; }

    public long Length { get; set; }

    /// <summary>The last write time in UTC ticks, as the file system reported it.</summary>
    public long ModifiedTicks { get; set; }

    /// <summary>The parser's format version the hash was made with: a new version reads every file again.</summary>
    public int FormatVersion { get; set; }

    public required string Hash { get; set; }
}
