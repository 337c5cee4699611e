using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Search.Sqlite;

/// <summary>
/// Full-text search with SQLite FTS5, in two tiers. Roles that have every searched word in a key column (title,
/// aliases, summary, skills and tools) come first, then roles that only mention the words in their text; each tier
/// is ranked by bm25 with title matches weighted highest.
/// </summary>
/// <remarks>
/// The tiers are also what keeps search fast: bm25 scores every row a match finds before the best can be picked,
/// and words such as "remote" or "work" are in nearly every guide. The key columns hold a small part of each guide,
/// and the second tier is ranked only for a page the first does not fill.
/// </remarks>
internal sealed class SqliteSearchIndex(ContentVersions versions) : ISearchIndex
{
    private readonly SqliteVocabulary _vocabulary = new(versions);

    // The role's filter columns are read from the narrow covering index, never from the wide rows: about ten times
    // faster for a word in thousands of guides. Named, as without statistics SQLite's planner takes the primary key.
    private const string Matching = $"""
        FROM {RoleSearchSchema.Table} s JOIN Roles r INDEXED BY IX_Roles_SearchFilters ON r.Id = s.rowid
        WHERE {RoleSearchSchema.Table} MATCH @match AND r.IsDraft = 0
          AND (@category IS NULL OR r.Category = @category)
          AND (@education IS NULL OR r.Facts_EducationLevel <= @education)
          AND (@salary IS NULL OR r.Facts_MedianAmount >= @salary)
          AND (@soc IS NULL OR r.Facts_Soc = @soc OR substr(r.Facts_Soc, 1, 7) = @soc)
        """;

    /// <summary>Sections in the order of the search columns that index them (<see cref="RoleSearchSchema.OwnColumns"/>), the body last.</summary>
    private static readonly string ColumnOrder =
        string.Join(' ', RoleSearchSchema.OwnColumns.SelectMany((kinds, column) => kinds.Select(kind => $"WHEN '{kind}' THEN {column}")))
        + $" ELSE {RoleSearchSchema.OwnColumns.Count}";

    private static readonly string RankMatches = $"SELECT s.rowid AS Value {Matching} ORDER BY {RoleSearchSchema.Rank} LIMIT @count OFFSET @offset";

    // Only the name columns match here, so only their weights count.
    private static readonly string NameMatches = $"""
        SELECT r.Slug, r.Title FROM {RoleSearchSchema.Table} s JOIN Roles r ON r.Id = s.rowid
        WHERE {RoleSearchSchema.Table} MATCH @match AND r.IsDraft = 0
        ORDER BY {RoleSearchSchema.Rank}, r.Title LIMIT @count
        """;

    public Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken) =>
        CountMatchesAsync(db, Fts5Match.All(words), filters, cancellationToken);

    public Task<List<int>> RankAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken)
    {
        var match = Fts5Match.All(words);
        var keyMatch = Fts5Match.InKeyColumns(match);
        return SearchTiers.PageAsync(keyMatch, Fts5Match.Except(match, keyMatch), offset, count,
            (tier, at, size) => RankMatchesAsync(db, tier, filters, at, size, cancellationToken), tier => CountMatchesAsync(db, tier, filters, cancellationToken));
    }

    public async Task<ILookup<int, string>> SectionTextsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, CancellationToken cancellationToken)
    {
        // The ids are integers from our own database, so composing them into the statement is safe.
        var ids = string.Join(",", roleIds);
        // The search index keeps no text, so the passages come from the sections of the roles' documents, in the order
        // of the index's columns; SQLite reads them out of the JSON itself, so no document is deserialized for a snippet.
#pragma warning disable EF1002
        return (await db.Database.SqlQueryRaw<SectionText>($"""
            SELECT r.Id AS RoleId, section.value ->> '$.Text' AS Text
            FROM Roles r, json_each(r.Document, '$.Sections') AS section WHERE r.Id IN ({ids})
            ORDER BY r.Id, CASE section.value ->> '$.Kind' {ColumnOrder} END, section.key
            """).ToListAsync(cancellationToken)).ToLookup(t => t.RoleId, t => t.Text);
#pragma warning restore EF1002
    }

    public Task<List<LinkedRole>> NamedAsync(CareerGuideDbContext db, IReadOnlyList<string> words, WordsWanted wanted, int count, CancellationToken cancellationToken)
    {
        var match = Fts5Match.InNameColumns(wanted == WordsWanted.All ? Fts5Match.All(words) : Fts5Match.Any(words));
        return db.Database.SqlQueryRaw<LinkedRole>(NameMatches, new SqliteParameter("@match", match), new SqliteParameter("@count", count)).ToListAsync(cancellationToken);
    }

    public Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken) =>
        _vocabulary.SpellingsAsync(db, words, lengthSlack, cancellationToken);

    private static async Task<int> CountMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value {Matching}", Parameters(match, filters)).SingleAsync(cancellationToken);

    private static async Task<List<int>> RankMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<int>(RankMatches, [.. Parameters(match, filters), new SqliteParameter("@count", count), new SqliteParameter("@offset", offset)]).ToListAsync(cancellationToken);

    /// <summary>Fresh parameters for <see cref="Matching"/>: a parameter belongs to one command.</summary>
    private static SqliteParameter[] Parameters(string match, SearchFilters filters) =>
    [
        new("@match", match),
        new("@category", (object?)filters.Category ?? DBNull.Value),
        new("@education", (object?)filters.MaxEducation ?? DBNull.Value),
        new("@salary", (object?)filters.MinSalary ?? DBNull.Value),
        new("@soc", (object?)filters.Soc ?? DBNull.Value),
    ];

    private sealed record SectionText(int RoleId, string Text);
}
