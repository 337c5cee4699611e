namespace CareerGuide.Content;

/// <summary>Every slug and alias the site's guides claim, and the slugs it has published before, for checks across files.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, List<string>> _pathsBySlug = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public SiteIndex(IEnumerable<GuideIdentity> guides, IEnumerable<PublishedSlug>? published = null)
    {
        foreach (var guide in guides)
        {
            _slugs.Add(guide.Slug);
            foreach (var claim in guide.Claims.Distinct(StringComparer.Ordinal))
            {
                if (!_pathsBySlug.TryGetValue(claim, out var paths))
                {
                    _pathsBySlug[claim] = paths = [];
                }

                paths.Add(guide.Path);
            }
        }

        Published = [.. published ?? []];
    }

    /// <summary>Slugs that were once served and what file served them, so that dropping one can be flagged.</summary>
    public IReadOnlyList<PublishedSlug> Published { get; }

    /// <summary>True when some guide answers at <paramref name="slug"/>, as its slug or as an alias.</summary>
    public bool Answers(string slug) => _pathsBySlug.ContainsKey(slug);

    /// <summary>True when <paramref name="slug"/> is some guide's own slug.</summary>
    public bool HasRole(string slug) => _slugs.Contains(slug);

    /// <summary>
    /// Which of several files claiming <paramref name="slug"/> keeps it: the one that published it last, so a newcomer
    /// can never take a live URL; among newcomers, the first by path, so the outcome does not depend on timing.
    /// </summary>
    public string? OwnerOf(string slug)
    {
        if (!_pathsBySlug.TryGetValue(slug, out var paths))
        {
            return null;
        }

        var published = Published.FirstOrDefault(p => p.Slug == slug && paths.Contains(p.Path));
        return published?.Path ?? paths.Min(StringComparer.Ordinal);
    }
}

/// <summary>A slug the site has served, and the file that served it last.</summary>
public sealed record PublishedSlug(string Slug, string Path);
