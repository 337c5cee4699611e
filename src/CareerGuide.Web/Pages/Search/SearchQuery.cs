using CareerGuide.Content.FrontMatter;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Search;

/// <summary>One search result: the role's card, and the passage that shows why it matched.</summary>
public sealed record SearchHit(string Slug, string Title, string Summary, string Category, double? Median, string? Currency, string Snippet);

/// <summary>The filters a search can carry in its URL.</summary>
public sealed record SearchFilters(string? Category, int? MaxEducation, int? MinSalary);

/// <summary>Full-text search over published roles with SQLite FTS5, ranked by bm25 with title matches weighted highest.</summary>
public static class SearchQuery
{
    // Snippet markers from Unicode's private-use area: they never occur in guides, and survive HTML encoding.
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';
    private const int MaxResults = 50;

    public static Task<List<SearchHit>> RunAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken)
    {
        var match = FtsQuery.Match(words);
        // Ranked first, then snippets for the page of results only: snippet() is the costly part, and a query that
        // selects it beside ORDER BY would compute it for every match before sorting.
        // Column weights: title, aliases, summary, skills, responsibilities, faqs, body.
        return db.Database.SqlQuery<SearchHit>($"""
            WITH ranked AS (
                SELECT s.rowid AS Id, bm25(RoleSearch, 10.0, 8.0, 3.0, 2.0, 1.5, 1.0, 1.0) AS Score
                FROM RoleSearch s JOIN Roles r ON r.Id = s.rowid
                WHERE RoleSearch MATCH {match} AND r.IsDraft = 0
                  AND ({filters.Category} IS NULL OR r.Category = {filters.Category})
                  AND ({filters.MaxEducation} IS NULL OR r.Facts_EducationLevel <= {filters.MaxEducation})
                  AND ({filters.MinSalary} IS NULL OR r.Facts_MedianAmount >= {filters.MinSalary})
                ORDER BY Score
                LIMIT {MaxResults})
            SELECT r.Slug, r.Title, r.Summary, r.Category, r.Facts_MedianAmount AS Median, r.Facts_MedianCurrency AS Currency,
                   snippet(RoleSearch, -1, char(57344), char(57345), '…', 16) AS Snippet
            FROM ranked JOIN RoleSearch s ON s.rowid = ranked.Id JOIN Roles r ON r.Id = ranked.Id
            WHERE RoleSearch MATCH {match}
            ORDER BY ranked.Score
            """).ToListAsync(cancellationToken);
    }

    /// <summary>For a word the index does not know, the closest word it does know, from the same first letter.</summary>
    public static async Task<string?> SuggestAsync(CareerGuideDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var corrected = new List<string>();
        var changed = false;
        foreach (var word in words)
        {
            var known = await db.Database.SqlQuery<string>($"SELECT term AS Value FROM RoleSearchTerms WHERE term = {word} LIMIT 1").AnyAsync(cancellationToken);
            if (known || word.Length < 3)
            {
                corrected.Add(word);
                continue;
            }

            var (low, high) = (word[..1], word[..1] + "\uffff");
            var candidates = await db.Database.SqlQuery<string>(
                $"SELECT term AS Value FROM RoleSearchTerms WHERE term >= {low} AND term < {high} AND length(term) BETWEEN {word.Length - 2} AND {word.Length + 2}")
                .ToListAsync(cancellationToken);
            var best = Suggestions.Closest(word, candidates);
            corrected.Add(best ?? word);
            changed |= best is not null;
        }

        return changed ? string.Join(' ', corrected) : null;
    }
}
