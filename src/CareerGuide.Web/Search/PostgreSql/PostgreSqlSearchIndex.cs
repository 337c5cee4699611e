using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// Full-text search with PostgreSQL's tsvector and a GIN index, in the same two tiers as on SQLite: roles that have
/// every searched word in a key column (weight classes A and B: title, aliases, summary, skills and tools) first, then
/// roles that only mention them; each tier ranked by ts_rank with the columns' weights, the title weighted highest.
/// </summary>
internal sealed class PostgreSqlSearchIndex : ISearchIndex
{
    private const string Matching = $"""
        FROM {RoleSearchVectors.Table} s JOIN "Roles" r ON r."Id" = s."RoleId"
        WHERE s."Vector" @@ to_tsquery({RoleSearchVectors.Configuration}, @match) AND NOT r."IsDraft"
          AND (@category IS NULL OR r."Category" = @category)
          AND (@education IS NULL OR r."Facts_EducationLevel" <= @education)
          AND (@salary IS NULL OR r."Facts_MedianAmount" >= @salary)
          AND (@soc IS NULL OR r."Facts_Soc" = @soc OR substr(r."Facts_Soc", 1, 7) = @soc)
        """;

    /// <summary>Sections in the order of the search columns that index them (<see cref="SearchColumns.OwnColumns"/>), the body last.</summary>
    private static readonly string ColumnOrder =
        string.Join(' ', SearchColumns.OwnColumns.SelectMany((kinds, column) => kinds.Select(kind => $"WHEN '{kind}' THEN {column}")))
        + $" ELSE {SearchColumns.OwnColumns.Count}";

    private static readonly string Rank = $"ts_rank({RoleSearchVectors.RankWeights}, s.\"Vector\", to_tsquery({RoleSearchVectors.Configuration}, @match), 1)";

    // Ties go to the role written first, as FTS5's rowid order gives them on SQLite.
    private static readonly string RankMatches = $"""SELECT s."RoleId" AS "Value" {Matching} ORDER BY {Rank} DESC, s."RoleId" LIMIT @count OFFSET @offset""";

    private static readonly string NameMatches = $"""
        SELECT r."Slug", r."Title" FROM {RoleSearchVectors.Table} s JOIN "Roles" r ON r."Id" = s."RoleId"
        WHERE s."Vector" @@ to_tsquery({RoleSearchVectors.Configuration}, @match) AND NOT r."IsDraft"
        ORDER BY {Rank} DESC, r."Title" LIMIT @count
        """;

    private static readonly string SectionTexts = $"""
        SELECT r."Id" AS "RoleId", section.value ->> 'Text' AS "Text"
        FROM "Roles" r, jsonb_array_elements(r."Document"::jsonb -> 'Sections') WITH ORDINALITY AS section(value, key)
        WHERE r."Id" = ANY(@ids)
        ORDER BY r."Id", CASE section.value ->> 'Kind' {ColumnOrder} END, section.key
        """;

    public Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken) =>
        CountMatchesAsync(db, TsQuery.All(words), filters, cancellationToken);

    public Task<List<int>> RankAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken)
    {
        var keyMatch = TsQuery.AllInKeyColumns(words);
        return SearchTiers.PageAsync(keyMatch, TsQuery.Except(TsQuery.All(words), keyMatch), offset, count,
            (tier, at, size) => RankMatchesAsync(db, tier, filters, at, size, cancellationToken), tier => CountMatchesAsync(db, tier, filters, cancellationToken));
    }

    public async Task<ILookup<int, string>> SectionTextsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<SectionText>(SectionTexts, new NpgsqlParameter("ids", roleIds.ToArray())).ToListAsync(cancellationToken))
            .ToLookup(t => t.RoleId, t => t.Text);

    public async Task<List<LinkedRole>> NamedAsync(CareerGuideDbContext db, IReadOnlyList<string> words, WordsWanted wanted, int count, CancellationToken cancellationToken) =>
        words.Count == 0 ? [] : await db.Database.SqlQueryRaw<LinkedRole>(NameMatches,
            new NpgsqlParameter("match", TsQuery.InNameColumns(words, wanted)), new NpgsqlParameter("count", count)).ToListAsync(cancellationToken);

    public Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken) =>
        PublishedWords.SpellingsAsync(db, words, lengthSlack, cancellationToken);

    private static async Task<int> CountMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, CancellationToken cancellationToken) =>
        match.Length == 0 ? 0 : await db.Database.SqlQueryRaw<int>($"SELECT count(*)::integer AS \"Value\" {Matching}", Parameters(match, filters)).SingleAsync(cancellationToken);

    private static async Task<List<int>> RankMatchesAsync(CareerGuideDbContext db, string match, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        match.Length == 0 ? [] : await db.Database.SqlQueryRaw<int>(RankMatches,
            [.. Parameters(match, filters), new NpgsqlParameter("count", count), new NpgsqlParameter("offset", offset)]).ToListAsync(cancellationToken);

    /// <summary>Fresh parameters for <see cref="Matching"/>, typed so that a null still has a type: a parameter belongs to one command.</summary>
    private static NpgsqlParameter[] Parameters(string match, SearchFilters filters) =>
    [
        new("match", match),
        new("category", NpgsqlDbType.Text) { Value = (object?)filters.Category ?? DBNull.Value },
        new("education", NpgsqlDbType.Integer) { Value = (object?)filters.MaxEducation ?? DBNull.Value },
        new("salary", NpgsqlDbType.Numeric) { Value = (object?)filters.MinSalary ?? DBNull.Value },
        new("soc", NpgsqlDbType.Text) { Value = (object?)filters.Soc ?? DBNull.Value },
    ];

    private sealed record SectionText(int RoleId, string Text);
}
