namespace CareerGuide.Web.Data;

/// <summary>What the last ingestion made of one guide file, for the editor status page.</summary>
public sealed class GuideStatus
{
    /// <summary>The file, relative to the content folder.</summary>
    public required string Path { get; set; }

    public required string State { get; set; }
    public string? Slug { get; set; }
    public string? Title { get; set; }

    /// <summary>Every problem found, each as "path:line:column: severity: message".</summary>
    public List<string> Diagnostics { get; set; } = [];

    public DateTimeOffset CheckedAt { get; set; }
}

/// <summary>The states a guide file can be in after ingestion.</summary>
public static class GuideStates
{
    public const string Published = "published";
    public const string Draft = "draft";

    /// <summary>The file has errors: it was not ingested, and the last good version (if any) is still served.</summary>
    public const string Rejected = "rejected";
}

/// <summary>A slug the site has served, so that dropping it without an alias can be flagged.</summary>
public sealed class SlugHistory
{
    public required string Slug { get; set; }
    public required string Path { get; set; }
}
