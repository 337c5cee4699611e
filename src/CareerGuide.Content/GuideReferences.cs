namespace CareerGuide.Content;

/// <summary>What one guide says about other guides, kept small so thousands can be checked against each other.</summary>
public sealed record GuideReferences(
    GuideIdentity Identity,
    IReadOnlyList<string> Related,
    IReadOnlyList<ProseRoleLink> RoleLinks,
    SourcePosition SlugAt,
    SourcePosition AliasesAt,
    SourcePosition RelatedAt)
{
    /// <summary>The occupation code, for comparing figures with other guides of the same occupation.</summary>
    public string? Soc { get; init; }

    /// <summary>The guide's numeric key facts with their sources.</summary>
    public IReadOnlyList<CitedFigure> Figures { get; init; } = [];

    public static GuideReferences Of(string path, RoleGuide guide) => new(
        GuideIdentity.Of(path, guide),
        guide.Related,
        guide.RoleLinks,
        guide.PositionOf("slug"),
        guide.PositionOf("aliases"),
        guide.PositionOf("related"))
    {
        Soc = guide.Soc,
        Figures = Provenance.NumericFigures(guide),
    };
}
