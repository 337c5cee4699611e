using CareerGuide.Content.FrontMatter;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Search;

/// <summary>
/// "Did you mean", for search and for the 404 page: each word the search index does not know (drafts are not indexed)
/// replaced by the closest one it does by edit distance, among the few its provider offers as what the word may have
/// meant (<see cref="ISearchIndex.SpellingsAsync"/>), so no request compares a word with the index's whole word list.
/// </summary>
public sealed class SearchVocabulary(ISearchIndex index)
{
    /// <summary>A misspelling is at most this many letters longer or shorter than the word meant.</summary>
    public const int LengthSlack = 2;

    private const int MinLength = 3;

    /// <summary>
    /// <paramref name="words"/> with each word the index does not know replaced by the closest one it does, from the
    /// same first letter; null when every word is known or has no close match.
    /// </summary>
    public async Task<string?> SuggestAsync(CareerGuideDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        List<string> asked = [.. words.Where(word => word.Length >= MinLength)];
        if (asked.Count == 0)
        {
            return null;
        }

        // A known word is among its own spellings, where nothing is closer to it than itself.
        var spellings = await index.SpellingsAsync(db, asked, LengthSlack, cancellationToken);
        List<string> corrected = [.. words.Select(word => word.Length < MinLength ? word : Suggestions.Closest(word, spellings[word]) ?? word)];
        return corrected.SequenceEqual(words, StringComparer.Ordinal) ? null : string.Join(' ', corrected);
    }
}
