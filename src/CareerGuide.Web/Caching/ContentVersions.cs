using System.Collections.Concurrent;

namespace CareerGuide.Web.Caching;

/// <summary>
/// How many times the content behind each output-cache tag has changed. Cached responses are keyed by it, so a
/// response begun before a change is stored under a key that no request after the change asks for. With Redis the
/// numbers are the shared generations of <see cref="Redis.RedisContentNotices"/>, so every instance keys alike.
/// </summary>
public sealed class ContentVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Of(string tag) => _versions.GetValueOrDefault(tag);

    /// <summary>The highest version of any tag (a walk over every tag: for the rare notice, not for requests).</summary>
    public long Highest => _versions.Values.DefaultIfEmpty().Max();

    public void Advance(string tag) => _versions.AddOrUpdate(tag, 1, (_, version) => version + 1);

    /// <summary>Moves the tag to <paramref name="generation"/> unless it is there already: a notice heard twice changes nothing.</summary>
    public bool AdvanceTo(string tag, long generation)
    {
        while (true)
        {
            var current = _versions.GetValueOrDefault(tag);
            if (current >= generation)
            {
                return false;
            }

            if (current == 0 ? _versions.TryAdd(tag, generation) : _versions.TryUpdate(tag, generation, current))
            {
                return true;
            }
        }
    }
}
