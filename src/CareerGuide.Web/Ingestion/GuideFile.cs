using System.Security.Cryptography;
using System.Text;
using CareerGuide.Content;

namespace CareerGuide.Web.Ingestion;

/// <summary>One guide file as read from disk: its bytes and their hash.</summary>
public sealed record GuideFile(byte[] Bytes, string Hash)
{
    /// <summary>The file's text, decoded on demand: an unchanged file is recognised by its hash alone.</summary>
    public string DecodeText() => Encoding.UTF8.GetString(Bytes);

    /// <summary>Lists the guide files under <paramref name="contentRoot"/>, or null when the roles folder is missing.</summary>
    public static IReadOnlyList<string>? FindAll(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, ContentOptions.RolesFolder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)]
            : null;
    }

    public static string RelativePathOf(string contentRoot, string fullPath) =>
        Path.GetRelativePath(contentRoot, fullPath).Replace('\\', '/');

    /// <summary>Reads a file, or returns null when it exists but cannot be read (locked, no permission, mid-save).</summary>
    public static GuideFile? TryRead(string fullPath)
    {
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            return new GuideFile(bytes, HashOf(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The parser's format version is part of the hash, so a parser change re-ingests every file.</summary>
    private static string HashOf(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(GuideParser.FormatVersion));
        hash.AppendData(bytes);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
