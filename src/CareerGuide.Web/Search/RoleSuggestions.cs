using CareerGuide.Web.Data;

namespace CareerGuide.Web.Search;

/// <summary>
/// "Did you mean" for a role address nobody has: the words of the slug, each spelt as the search index knows it,
/// looked up in the titles and aliases of published roles. Its cost follows the few words asked, not the number of
/// roles: the vocabulary in memory and the index are read, never every role.
/// </summary>
public sealed class RoleSuggestions(SearchVocabulary vocabulary, ISearchIndex index)
{
    public async Task<IReadOnlyList<LinkedRole>> ForSlugAsync(CareerGuideDbContext db, string slug, int count, CancellationToken cancellationToken)
    {
        var words = SearchWords.Of(slug.Length > SearchWords.MaxInputLength ? slug[..SearchWords.MaxInputLength] : slug);
        if (words.Count == 0)
        {
            return [];
        }

        var spelt = await vocabulary.SuggestAsync(db, words, cancellationToken) is { } corrected ? SearchWords.Of(corrected) : words;
        var withAll = await index.NamedAsync(db, spelt, WordsWanted.All, count, cancellationToken);
        return withAll.Count > 0 || spelt.Count == 1 ? withAll : await index.NamedAsync(db, spelt, WordsWanted.Any, count, cancellationToken);
    }
}
