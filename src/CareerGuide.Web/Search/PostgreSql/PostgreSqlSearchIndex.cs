using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// Full-text search with PostgreSQL's tsvector and GIN indexes, in the same two tiers as on SQLite: roles that have
/// every searched word in a key column (weight classes A and B: title, aliases, summary, skills and tools) first, then
/// roles that only mention them; each tier ranked by ts_rank with the columns' weights, the title weighted highest.
/// The narrow match table (<see cref="RoleSearchMatches"/>) finds and counts them; only the roles a tier ranks have
/// their full vector read.
/// </summary>
internal sealed class PostgreSqlSearchIndex : ISearchIndex
{
    // A draft has no search row, and a changed guide is written as a new role: the match row's filter values are its role's.
    private const string Filters = """
          AND (@category IS NULL OR m."Category" = @category)
          AND (@education IS NULL OR m."EducationLevel" <= @education)
          AND (@salary IS NULL OR m."MedianAmount" >= @salary)
          AND (@soc IS NULL OR m."Soc" = @soc OR substr(m."Soc", 1, 7) = @soc)
        """;

    private static readonly string Words = $"to_tsquery({RoleSearchVectors.Configuration}, @words)";

    private static readonly string TierRank = RankBy("rank");

    /// <summary>Every role with all the words; then those with each word in a key column, and those with some only mentioned.</summary>
    private static readonly Tier Matching = Tier.Where($"m.\"Words\" @@ {Words}");
    private static readonly Tier InKeyColumns = Tier.Where($"m.\"KeyWords\" @@ {Words}");
    private static readonly Tier OnlyMentioned = Tier.Where($"m.\"Words\" @@ {Words} AND NOT m.\"KeyWords\" @@ {Words}");

    /// <summary>Sections in the order of the search columns that index them (<see cref="SearchColumns.OwnColumns"/>), the body last.</summary>
    private static readonly string ColumnOrder =
        string.Join(' ', SearchColumns.OwnColumns.SelectMany((kinds, column) => kinds.Select(kind => $"WHEN '{kind}' THEN {column}")))
        + $" ELSE {SearchColumns.OwnColumns.Count}";

    private static readonly string NameMatches = $"""
        SELECT r."Slug", r."Title"
        FROM {RoleSearchMatches.Table} m JOIN {RoleSearchVectors.Table} s ON s."RoleId" = m."RoleId" JOIN "Roles" r ON r."Id" = m."RoleId"
        WHERE m."NameWords" @@ {Words}
        ORDER BY {RankBy("match")} DESC, r."Title" LIMIT @count
        """;

    private static readonly string SectionTexts = $"""
        SELECT r."Id" AS "RoleId", section.value ->> 'Text' AS "Text"
        FROM "Roles" r, jsonb_array_elements(r."Document"::jsonb -> 'Sections') WITH ORDINALITY AS section(value, key)
        WHERE r."Id" = ANY(@ids)
        ORDER BY r."Id", CASE section.value ->> 'Kind' {ColumnOrder} END, section.key
        """;

    public Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken) =>
        CountMatchesAsync(db, Matching, TsQuery.All(words), filters, cancellationToken);

    public Task<List<int>> RankAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken)
    {
        // Each tier's roles are ranked by the weighted tsquery that also matched them before the match table: the same ranks.
        var all = TsQuery.All(words);
        var keyRank = TsQuery.AllInKeyColumns(words);
        return SearchTiers.PageAsync((Tier: InKeyColumns, Rank: keyRank), (Tier: OnlyMentioned, Rank: TsQuery.Except(all, keyRank)), offset, count,
            (tier, at, size) => RankMatchesAsync(db, tier.Tier, all, tier.Rank, filters, at, size, cancellationToken),
            tier => CountMatchesAsync(db, tier.Tier, all, filters, cancellationToken));
    }

    public async Task<ILookup<int, string>> SectionTextsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<SectionText>(SectionTexts, new NpgsqlParameter("ids", roleIds.ToArray())).ToListAsync(cancellationToken))
            .ToLookup(t => t.RoleId, t => t.Text);

    public async Task<List<LinkedRole>> NamedAsync(CareerGuideDbContext db, IReadOnlyList<string> words, WordsWanted wanted, int count, CancellationToken cancellationToken) =>
        words.Count == 0 ? [] : await db.Database.SqlQueryRaw<LinkedRole>(NameMatches, new NpgsqlParameter("words", TsQuery.Of(words, wanted)),
            new NpgsqlParameter("match", TsQuery.InNameColumns(words, wanted)), new NpgsqlParameter("count", count)).ToListAsync(cancellationToken);

    public Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken) =>
        PublishedWords.SpellingsAsync(db, words, lengthSlack, cancellationToken);

    private static async Task<int> CountMatchesAsync(CareerGuideDbContext db, Tier tier, string words, SearchFilters filters, CancellationToken cancellationToken) =>
        words.Length == 0 ? 0 : await db.Database.SqlQueryRaw<int>(tier.Count, Parameters(words, filters)).SingleAsync(cancellationToken);

    private static async Task<List<int>> RankMatchesAsync(
        CareerGuideDbContext db, Tier tier, string words, string rank, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        words.Length == 0 ? [] : await db.Database.SqlQueryRaw<int>(tier.Rank,
            [.. Parameters(words, filters), new NpgsqlParameter("rank", rank), new NpgsqlParameter("count", count), new NpgsqlParameter("offset", offset)]).ToListAsync(cancellationToken);

    /// <summary>ts_rank of a role's vector, with the columns' weights, for the tsquery in the parameter <paramref name="tsQuery"/>.</summary>
    private static string RankBy(string tsQuery) =>
        $"ts_rank({RoleSearchVectors.RankWeights}, s.\"Vector\", to_tsquery({RoleSearchVectors.Configuration}, @{tsQuery}), 1)";

    /// <summary>Fresh parameters for <see cref="Filters"/> and the words, typed so that a null still has a type: a parameter belongs to one command.</summary>
    private static NpgsqlParameter[] Parameters(string words, SearchFilters filters) =>
    [
        new("words", words),
        new("category", NpgsqlDbType.Text) { Value = (object?)filters.Category ?? DBNull.Value },
        new("education", NpgsqlDbType.Integer) { Value = (object?)filters.MaxEducation ?? DBNull.Value },
        new("salary", NpgsqlDbType.Numeric) { Value = (object?)filters.MinSalary ?? DBNull.Value },
        new("soc", NpgsqlDbType.Text) { Value = (object?)filters.Soc ?? DBNull.Value },
    ];

    private sealed record SectionText(int RoleId, string Text);

    /// <summary>The statements that count and rank the roles matching <c>condition</c>, the vectors they rank joined by id.</summary>
    private sealed record Tier(string Count, string Rank)
    {
        public static Tier Where(string condition) => new(
            $"""SELECT count(*)::integer AS "Value" FROM {RoleSearchMatches.Table} m WHERE {condition} {Filters}""",
            // Ties go to the role written first, as FTS5's rowid order gives them on SQLite.
            $"""
            SELECT m."RoleId" AS "Value" FROM {RoleSearchMatches.Table} m JOIN {RoleSearchVectors.Table} s ON s."RoleId" = m."RoleId"
            WHERE {condition} {Filters}
            ORDER BY {TierRank} DESC, m."RoleId" LIMIT @count OFFSET @offset
            """);
    }
}
