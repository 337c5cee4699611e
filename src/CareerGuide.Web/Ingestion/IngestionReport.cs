using CareerGuide.Content;

namespace CareerGuide.Web.Ingestion;

/// <summary>What one ingestion run did, and every problem it found in the guides.</summary>
public sealed record IngestionReport(
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    int Failed,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed)
{
    /// <summary>Slugs whose pages changed: added, updated (old and new slug) or removed roles, and the roles whose pages name them.</summary>
    public IReadOnlyCollection<string> ChangedSlugs { get; init; } = [];
}
