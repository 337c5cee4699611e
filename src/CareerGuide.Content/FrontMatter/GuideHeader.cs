namespace CareerGuide.Content.FrontMatter;

/// <summary>The facts a guide's front matter holds; fields that failed to read are null and have been reported.</summary>
public sealed record GuideHeader(
    string? Slug,
    string? Title,
    string? Summary,
    string? Category,
    string? Soc,
    DateOnly? Updated,
    bool Draft,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Related,
    KeyFacts Facts,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<Citation> Citations,
    IReadOnlyDictionary<string, SourcePosition> Positions)
{
    /// <summary>False when <c>sources:</c> had errors: figures citing an id are then not reported as citing an unknown one.</summary>
    public bool SourcesComplete { get; init; } = true;
}
