using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Search;

/// <summary>One search result: the role's card, and the passage that shows why it matched.</summary>
public sealed record SearchHit(string Slug, string Title, string Summary, string Category, double? Median, string? Currency, string Snippet);

/// <summary>The filters a search can carry in its URL.</summary>
/// <param name="Category">Only roles in this category.</param>
/// <param name="MaxEducation">Only roles whose typical education is at most this level.</param>
/// <param name="MinSalary">Only roles whose median is at least this.</param>
/// <param name="Soc">An occupation code: a SOC code also finds the O*NET-SOC codes that detail it (15-1232 finds 15-1232.00).</param>
public sealed record SearchFilters(string? Category, int? MaxEducation, int? MinSalary, string? Soc = null);

/// <summary>
/// Full-text search over published roles with SQLite FTS5, in two tiers. Roles that have every searched word in a key
/// column (title, aliases, summary, skills and tools) come first, then roles that only mention the words in their
/// text; each tier is ranked by bm25 with title matches weighted highest.
/// </summary>
/// <remarks>
/// The tiers are also what keeps search fast: bm25 scores every row a match finds before the best can be picked,
/// and words such as "remote" or "work" are in nearly every guide. The key columns hold a small part of each guide,
/// and the second tier is ranked only for a page the first does not fill.
/// </remarks>
public static class SearchQuery
{
    // Snippet markers from Unicode's private-use area: they never occur in guides, and survive HTML encoding.
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    // The role's filter columns are read from the narrow covering index, never from the wide rows: about ten times
    // faster for a word in thousands of guides. Named, as without statistics SQLite's planner takes the primary key.
    private const string Matching = """
        FROM RoleSearch s JOIN Roles r INDEXED BY IX_Roles_SearchFilters ON r.Id = s.rowid
        WHERE RoleSearch MATCH @match AND r.IsDraft = 0
          AND (@category IS NULL OR r.Category = @category)
          AND (@education IS NULL OR r.Facts_EducationLevel <= @education)
          AND (@salary IS NULL OR r.Facts_MedianAmount >= @salary)
          AND (@soc IS NULL OR r.Facts_Soc = @soc OR substr(r.Facts_Soc, 1, 7) = @soc)
        """;

    /// <summary>Sections in the order of the search columns that index them (<see cref="RoleSearchIndex.OwnColumns"/>), the body last.</summary>
    private static readonly string ColumnOrder =
        string.Join(' ', RoleSearchIndex.OwnColumns.SelectMany((kinds, column) => kinds.Select(kind => $"WHEN '{kind}' THEN {column}")))
        + $" ELSE {RoleSearchIndex.OwnColumns.Count}";

    /// <summary>How many published roles have all of <paramref name="words"/> and pass <paramref name="filters"/>.</summary>
    public static Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken) =>
        CountMatchesAsync(db, FtsQuery.Match(words), filters, cancellationToken);

    /// <summary>The ids of the roles at <paramref name="offset"/> in the ranking, up to <paramref name="count"/> of them, best first.</summary>
    public static async Task<List<int>> RankAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken)
    {
        var match = FtsQuery.Match(words);
        var keyMatch = FtsQuery.InKeyColumns(match);
        var ids = await RankMatchesAsync(db, keyMatch, filters, offset, count, cancellationToken);
        if (ids.Count < count)
        {
            // The first tier ends on this page, or ended before it; the rest of the page comes from the second.
            var inFirstTier = ids.Count > 0 || offset == 0 ? offset + ids.Count : await CountMatchesAsync(db, keyMatch, filters, cancellationToken);
            ids.AddRange(await RankMatchesAsync(db, FtsQuery.Except(match, keyMatch), filters, Math.Max(0, offset - inFirstTier), count - ids.Count, cancellationToken));
        }

        return ids;
    }

    /// <summary>The ids of the published roles that pass <paramref name="filters"/>, by title, from <paramref name="offset"/>: the list when no word is searched.</summary>
    public static Task<List<int>> ListAsync(CareerGuideDbContext db, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        Listed(db, filters).OrderBy(r => r.Title).Skip(offset).Take(count).Select(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>How many published roles pass <paramref name="filters"/>.</summary>
    public static Task<int> CountListedAsync(CareerGuideDbContext db, SearchFilters filters, CancellationToken cancellationToken) =>
        Listed(db, filters).CountAsync(cancellationToken);

    private static IQueryable<Role> Listed(CareerGuideDbContext db, SearchFilters filters) =>
        db.Roles.AsNoTracking().Where(r => !r.IsDraft
            && (filters.Category == null || r.Category == filters.Category)
            && (filters.MaxEducation == null || r.Facts.EducationLevel <= filters.MaxEducation)
            && (filters.MinSalary == null || r.Facts.MedianAmount >= filters.MinSalary)
            && (filters.Soc == null || r.Facts.Soc == filters.Soc || r.Facts.Soc!.Substring(0, 7) == filters.Soc));

    /// <summary>The cards of <paramref name="roleIds"/>, in that order, each with a passage where <paramref name="words"/> appear.</summary>
    public static async Task<List<SearchHit>> HitsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (roleIds.Count == 0)
        {
            return [];
        }

        // The ids are integers from our own database, so composing them into the statements is safe.
        var ids = string.Join(",", roleIds);
#pragma warning disable EF1002
        var cards = (await db.Database.SqlQueryRaw<RoleCard>($"""
            SELECT Id, Slug, Title, Summary, Category, Facts_MedianAmount AS Median, Facts_MedianCurrency AS Currency
            FROM Roles WHERE Id IN ({ids})
            """).ToListAsync(cancellationToken)).ToDictionary(c => c.Id);
        // The search index keeps no text, so the passages come from the sections of the roles' documents, in the order
        // of the index's columns; SQLite reads them out of the JSON itself, so no document is deserialized for a snippet.
        var texts = (await db.Database.SqlQueryRaw<SectionText>($"""
            SELECT r.Id AS RoleId, section.value ->> '$.Text' AS Text
            FROM Roles r, json_each(r.Document, '$.Sections') AS section WHERE r.Id IN ({ids})
            ORDER BY r.Id, CASE section.value ->> '$.Kind' {ColumnOrder} END, section.key
            """).ToListAsync(cancellationToken)).ToLookup(t => t.RoleId, t => t.Text);
#pragma warning restore EF1002
        return [.. roleIds.Where(cards.ContainsKey).Select(id => cards[id]).Select(c => new SearchHit(c.Slug, c.Title, c.Summary, c.Category, c.Median, c.Currency,
            Snippets.Build(words, [c.Summary, .. texts[c.Id]])))];
    }

    private static async Task<int> CountMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value {Matching}", Parameters(match, filters)).SingleAsync(cancellationToken);

    private static async Task<List<int>> RankMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        // Column weights: title, aliases, summary, skills, responsibilities, faqs, body.
        await db.Database.SqlQueryRaw<int>(
            $"SELECT s.rowid AS Value {Matching} ORDER BY bm25(RoleSearch, 10.0, 8.0, 3.0, 2.0, 1.5, 1.0, 1.0) LIMIT @count OFFSET @offset",
            [.. Parameters(match, filters), new SqliteParameter("@count", count), new SqliteParameter("@offset", offset)]).ToListAsync(cancellationToken);

    /// <summary>Fresh parameters for <see cref="Matching"/>: a parameter belongs to one command.</summary>
    private static SqliteParameter[] Parameters(string match, SearchFilters filters) =>
    [
        new("@match", match),
        new("@category", (object?)filters.Category ?? DBNull.Value),
        new("@education", (object?)filters.MaxEducation ?? DBNull.Value),
        new("@salary", (object?)filters.MinSalary ?? DBNull.Value),
        new("@soc", (object?)filters.Soc ?? DBNull.Value),
    ];

    private sealed record RoleCard(int Id, string Slug, string Title, string Summary, string Category, double? Median, string? Currency);

    private sealed record SectionText(int RoleId, string Text);
}
