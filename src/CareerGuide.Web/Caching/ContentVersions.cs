using System.Collections.Concurrent;

namespace CareerGuide.Web.Caching;

/// <summary>
/// How many times the content behind each output-cache tag has changed. Cached responses are keyed by it, so a
/// response begun before a change is stored under a key that no request after the change asks for.
/// </summary>
public sealed class ContentVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Of(string tag) => _versions.GetValueOrDefault(tag);

    public void Advance(string tag) => _versions.AddOrUpdate(tag, 1, (_, version) => version + 1);
}
