using System.Security.Cryptography;
using System.Text;
using CareerGuide.Content;

namespace CareerGuide.Web.Ingestion;

/// <summary>One guide file as read from disk: its bytes and their hash.</summary>
public sealed record GuideFile(byte[] Bytes, string Hash)
{
    /// <summary>The file's stamp before it was read, when it is a plain file written long enough ago to trust the stamp.</summary>
    public FileStamp? Stamp { get; init; }

    /// <summary>The file's text, decoded on demand: an unchanged file is recognised by its hash alone.</summary>
    public string DecodeText() => Encoding.UTF8.GetString(Bytes);

    /// <summary>Lists the guide files under <paramref name="contentRoot"/>, or null when the roles folder is missing.</summary>
    public static IReadOnlyList<string>? FindAll(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, ContentOptions.RolesFolder);
        // Links are listed whatever they lead to, so that one to a folder is reported rather than silently skipped.
        return Directory.Exists(folder)
            ? [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*.md").Where(e => e is FileInfo || e.LinkTarget is not null).Select(e => e.FullName).Order(StringComparer.Ordinal)]
            : null;
    }

    public static string RelativePathOf(string contentRoot, string fullPath) =>
        Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/');

    /// <summary>The file of these bytes, with their hash.</summary>
    public static GuideFile Of(byte[] bytes) => new(bytes, HashOf(bytes));

    /// <summary>The parser's format version is part of the hash, so a parser change re-ingests every file.</summary>
    private static string HashOf(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(GuideParser.FormatVersion));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
