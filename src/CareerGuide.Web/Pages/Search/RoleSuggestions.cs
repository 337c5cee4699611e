using CareerGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Search;

/// <summary>
/// "Did you mean" for a role address nobody has: the words of the slug, each spelt as the search index knows it,
/// looked up in the titles and aliases of published roles. Its cost follows the few words asked, not the number of
/// roles: the vocabulary in memory and the index are read, never every role.
/// </summary>
public sealed class RoleSuggestions(SearchVocabulary vocabulary)
{
    public async Task<IReadOnlyList<LinkedRole>> ForSlugAsync(CareerGuideDbContext db, string slug, int count, CancellationToken cancellationToken)
    {
        var words = FtsQuery.Words(slug.Length > FtsQuery.MaxInputLength ? slug[..FtsQuery.MaxInputLength] : slug);
        if (words.Count == 0)
        {
            return [];
        }

        var spelt = await vocabulary.SuggestAsync(db, words, cancellationToken) is { } corrected ? FtsQuery.Words(corrected) : words;
        var withAll = await NamedAsync(db, FtsQuery.InNameColumns(FtsQuery.Match(spelt)), count, cancellationToken);
        return withAll.Count > 0 || spelt.Count == 1 ? withAll : await NamedAsync(db, FtsQuery.InNameColumns(FtsQuery.MatchAny(spelt)), count, cancellationToken);
    }

    private static async Task<IReadOnlyList<LinkedRole>> NamedAsync(CareerGuideDbContext db, string match, int count, CancellationToken cancellationToken) =>
        // Column weights: title, then aliases; the rest do not match here.
        await db.Database.SqlQueryRaw<LinkedRole>(
            """
            SELECT r.Slug, r.Title FROM RoleSearch s JOIN Roles r ON r.Id = s.rowid
            WHERE RoleSearch MATCH @match AND r.IsDraft = 0
            ORDER BY bm25(RoleSearch, 10.0, 8.0), r.Title LIMIT @count
            """,
            new SqliteParameter("@match", match), new SqliteParameter("@count", count)).ToListAsync(cancellationToken);
}
