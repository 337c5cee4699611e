namespace CareerGuide.Web.Caching;

/// <summary>
/// A value computed from every published role and kept in memory between ingestions, with the version of the content
/// it was read at (<see cref="CacheTags.Lists"/>, which every ingestion that changes a role advances).
/// </summary>
public sealed class ListsCache<T>(ContentVersions versions)
    where T : class
{
    private volatile Kept? _kept;

    public async Task<T> GetAsync(Func<Task<T>> read)
    {
        var version = versions.Of(CacheTags.Lists);
        if (_kept is { } kept && kept.Version == version)
        {
            return kept.Value;
        }

        var fresh = await read();
        // A value read while an ingestion committed may be the old one: it answers this request but is not kept.
        if (versions.Of(CacheTags.Lists) == version)
        {
            _kept = new Kept(version, fresh);
        }

        return fresh;
    }

    private sealed record Kept(long Version, T Value);
}
