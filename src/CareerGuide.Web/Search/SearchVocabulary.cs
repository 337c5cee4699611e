using CareerGuide.Content.FrontMatter;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Search;

/// <summary>
/// "Did you mean", for search and for the 404 page: every word the search index knows (drafts are not indexed), kept
/// in memory between ingestions by first letter, so a misspelt word is compared with the few words that could be it
/// instead of a scan of the index's word list on every request (<see cref="ListsCache{T}"/>).
/// </summary>
public sealed class SearchVocabulary(ContentVersions versions, ISearchIndex index)
{
    private const int MinLength = 3;

    // A misspelling is at most this many letters longer or shorter than the word meant.
    private const int LengthSlack = 2;

    private readonly ListsCache<Words> _words = new(versions);

    /// <summary>
    /// <paramref name="words"/> with each word the index does not know replaced by the closest one it does, from the
    /// same first letter; null when every word is known or has no close match.
    /// </summary>
    public async Task<string?> SuggestAsync(CareerGuideDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var known = await GetAsync(db, cancellationToken);
        var corrected = new List<string>(words.Count);
        var changed = false;
        foreach (var word in words)
        {
            var best = word.Length < MinLength || known.All.Contains(word) || !known.ByFirstLetter.TryGetValue(word[0], out var sameStart)
                ? null
                : Suggestions.Closest(word, sameStart.Where(term => Math.Abs(term.Length - word.Length) <= LengthSlack));
            corrected.Add(best ?? word);
            changed |= best is not null;
        }

        return changed ? string.Join(' ', corrected) : null;
    }

    private Task<Words> GetAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => _words.GetAsync(async () =>
    {
        var terms = await index.WordsAsync(db, cancellationToken);
        return new Words([.. terms], terms.Where(t => t.Length > 0).GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray()));
    });

    private sealed record Words(HashSet<string> All, Dictionary<char, string[]> ByFirstLetter);
}
