using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Search.Sqlite;

/// <summary>
/// The words of SQLite's index (its fts5vocab table), kept in memory between ingestions by first letter
/// (<see cref="ListsCache{T}"/>), so a misspelt word is compared with the few words that could be it instead of a scan of
/// the word list on every request.
/// </summary>
internal sealed class SqliteVocabulary(ContentVersions versions)
{
    private readonly ListsCache<Words> _words = new(versions);

    public async Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken)
    {
        var known = await _words.GetAsync(async () =>
        {
            var terms = await db.Database.SqlQueryRaw<string>($"SELECT term AS Value FROM {RoleSearchSchema.Terms}").ToListAsync(cancellationToken);
            return new Words([.. terms], terms.Where(t => t.Length > 0).GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray()));
        });
        return words.SelectMany(word => (known.All.Contains(word) ? [word] : SameStart(known, word, lengthSlack)).Select(spelling => (word, spelling)))
            .ToLookup(pair => pair.word, pair => pair.spelling);
    }

    private static IEnumerable<string> SameStart(Words known, string word, int lengthSlack) =>
        known.ByFirstLetter.TryGetValue(word[0], out var sameStart) ? sameStart.Where(term => Math.Abs(term.Length - word.Length) <= lengthSlack) : [];

    private sealed record Words(HashSet<string> All, Dictionary<char, string[]> ByFirstLetter);
}
