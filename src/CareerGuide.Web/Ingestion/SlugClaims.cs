namespace CareerGuide.Web.Ingestion;

/// <summary>Which file owns each slug and alias, so two guides can never answer at the same URL.</summary>
public sealed class SlugClaims
{
    private readonly Dictionary<string, string> _ownerBySlug = new(StringComparer.Ordinal);

    public void Claim(string owner, IEnumerable<string> slugs)
    {
        foreach (var slug in slugs)
        {
            _ownerBySlug[slug] = owner;
        }
    }

    /// <summary>The slugs among <paramref name="slugs"/> that another file already owns, with that file.</summary>
    public IEnumerable<(string Slug, string Owner)> Conflicts(string owner, IEnumerable<string> slugs) =>
        slugs.Where(slug => _ownerBySlug.TryGetValue(slug, out var other) && other != owner)
            .Select(slug => (slug, _ownerBySlug[slug]));
}
