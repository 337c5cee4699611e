namespace CareerGuide.Content;

/// <summary>The URLs one guide file claims: its slug and its aliases.</summary>
public sealed record GuideIdentity(string Path, string Slug, IReadOnlyList<string> Aliases)
{
    public static GuideIdentity Of(string path, RoleGuide guide) => new(path, guide.Slug, guide.Aliases);

    public IEnumerable<string> Claims => [Slug, .. Aliases];
}
