using CareerGuide.Content;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>The repository's own guides, found by walking up from the test binaries to CareerGuide.sln.</summary>
public static class RepositoryContent
{
    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "content");

    /// <summary>Every bundled guide, so that a guide added to the catalogue is held to its page by the same tests.</summary>
    public static IReadOnlyList<string> Slugs { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "roles"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The guide as <see cref="GuideParser"/> reads the same Markdown file the site ingested.</summary>
    public static RoleGuide Parse(string slug)
    {
        var relative = $"roles/{slug}.md";
        var result = GuideParser.Parse(relative, File.ReadAllText(Path.Combine(Folder, relative)));
        return result.Guide ?? throw new InvalidOperationException($"{relative} does not parse: {string.Join("; ", result.Diagnostics)}");
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerGuide.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CareerGuide.sln above {AppContext.BaseDirectory}.");
    }
}
