using CareerGuide.Web.Data;

namespace CareerGuide.Web.Search;

/// <summary>Whether a role must have all of the searched words, or any one of them.</summary>
public enum WordsWanted
{
    All,
    Any,
}

/// <summary>
/// The full-text index of published roles, as its database provider keeps it; every call reads through
/// the context it is given, so inside a read snapshot it sees what the snapshot sees.
/// </summary>
public interface ISearchIndex
{
    /// <summary>How many published roles have all of <paramref name="words"/> and pass <paramref name="filters"/>.</summary>
    Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken);

    /// <summary>The ids of those roles at <paramref name="offset"/> in the ranking, up to <paramref name="count"/> of them, best first.</summary>
    Task<List<int>> RankAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken);

    /// <summary>The section texts of <paramref name="roleIds"/>, by role, in the order the index weighs them: what snippets are cut from.</summary>
    Task<ILookup<int, string>> SectionTextsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> published roles whose title or aliases have <paramref name="words"/>, best first.</summary>
    Task<List<LinkedRole>> NamedAsync(CareerGuideDbContext db, IReadOnlyList<string> words, WordsWanted wanted, int count, CancellationToken cancellationToken);

    /// <summary>
    /// What each of <paramref name="words"/> may be a misspelling of, among the words of published roles: the word itself
    /// when the index knows it, and known words with the same first letter at most <paramref name="lengthSlack"/> letters
    /// longer or shorter (all of them, or the likeliest few).
    /// </summary>
    Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken);
}
