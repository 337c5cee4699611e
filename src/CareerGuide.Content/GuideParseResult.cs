namespace CareerGuide.Content;

/// <summary>What parsing one file gives: the guide when it has no errors, and every problem found either way.</summary>
public sealed record GuideParseResult(RoleGuide? Guide, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Guide is not null;
}
