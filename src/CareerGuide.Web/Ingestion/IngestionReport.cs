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
    TimeSpan Elapsed);
