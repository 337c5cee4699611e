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

    public static async Task<List<SearchHit>> RunAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken)
    {
        var match = FtsQuery.Match(words);
        // Ranked first, texts for the page of results after, by rowid: FTS5's snippet() would have to evaluate the
        // whole match a second time, which for words found in nearly every guide costs more than the ranking.
        // Column weights: title, aliases, summary, skills, responsibilities, faqs, body.
        var ranked = await db.Database.SqlQuery<RankedRole>($"""
            SELECT r.Id, r.Slug, r.Title, r.Summary, r.Category, r.Facts_MedianAmount AS Median, r.Facts_MedianCurrency AS Currency
            FROM RoleSearch s JOIN Roles r ON r.Id = s.rowid
            WHERE RoleSearch MATCH {match} AND r.IsDraft = 0
              AND ({filters.Category} IS NULL OR r.Category = {filters.Category})
              AND ({filters.MaxEducation} IS NULL OR r.Facts_EducationLevel <= {filters.MaxEducation})
              AND ({filters.MinSalary} IS NULL OR r.Facts_MedianAmount >= {filters.MinSalary})
            ORDER BY bm25(RoleSearch, 10.0, 8.0, 3.0, 2.0, 1.5, 1.0, 1.0)
            LIMIT {MaxResults}
            """).ToListAsync(cancellationToken);
        if (ranked.Count == 0)
        {
            return [];
        }

        // The ids are integers from our own database, so composing them into the statement is safe.
#pragma warning disable EF1002
        var texts = (await db.Database.SqlQueryRaw<RoleTexts>(
            $"SELECT rowid AS Id, summary AS Summary, skills AS Skills, responsibilities AS Responsibilities, faqs AS Faqs, body AS Body FROM RoleSearch WHERE rowid IN ({string.Join(",", ranked.Select(r => r.Id))})")
            .ToListAsync(cancellationToken)).ToDictionary(t => t.Id);
#pragma warning restore EF1002
        return [.. ranked.Select(r => new SearchHit(r.Slug, r.Title, r.Summary, r.Category, r.Median, r.Currency,
            texts.TryGetValue(r.Id, out var t) ? Snippets.Build(words, [t.Summary, t.Skills, t.Responsibilities, t.Faqs, t.Body]) : r.Summary))];
    }

    private sealed record RankedRole(int Id, string Slug, string Title, string Summary, string Category, double? Median, string? Currency);

    private sealed record RoleTexts(int Id, string Summary, string Skills, string Responsibilities, string Faqs, string Body);

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
