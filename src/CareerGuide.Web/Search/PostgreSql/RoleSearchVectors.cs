using System.Globalization;
using System.Text;
using CareerGuide.Content;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// The table that indexes published roles on PostgreSQL, spelled once: one weighted tsvector per role ("RoleSearch",
/// GIN-indexed, created by the migration <c>RoleSearchVectors</c>), built from <see cref="SearchColumns"/> with each
/// column's weight class, and written inside ingestion's transaction.
/// </summary>
internal static class RoleSearchVectors
{
    public const string Table = "\"RoleSearch\"";

    /// <summary>The text search configuration: words are split, lower-cased and folded here, so PostgreSQL only lists them.</summary>
    public const string Configuration = "'simple'";

    private const string Staging = "role_search_staging";

    /// <summary>Each column's weight class: the columns that name a role A, those it is about B, the rest C or D by weight.</summary>
    public static IReadOnlyList<(SearchColumn Column, char Weight)> Columns { get; } =
        [.. SearchColumns.All.Select(c => (c, c.Reach switch { ColumnReach.Name => 'A', ColumnReach.Key => 'B', _ => c.Weight > 1 ? 'C' : 'D' }))];

    /// <summary>
    /// ts_rank's weights of the classes D, C, B and A: the heaviest column's weight in each, over the heaviest of all.
    /// An ARRAY, not '{...}': EF Core reads braces in raw SQL as format items.
    /// </summary>
    public static string RankWeights { get; } = "ARRAY[" + string.Join(", ", "DCBA".Select(weight =>
        (Columns.Where(c => c.Weight == weight).Select(c => c.Column.Weight).DefaultIfEmpty(1).Max() / SearchColumns.All.Max(c => c.Weight))
        .ToString("0.###", CultureInfo.InvariantCulture))) + "]::real[]";

    /// <summary>The weight classes of the columns a role is about (for a tsquery's <c>:AB</c>).</summary>
    public static string KeyWeights { get; } = Weights(ColumnReach.Key);

    /// <summary>The weight classes of the columns that name a role.</summary>
    public static string NameWeights { get; } = Weights(ColumnReach.Name);

    private static readonly string CreateStaging =
        $"CREATE TEMP TABLE IF NOT EXISTS {Staging} (role_id integer, {string.Join(", ", Columns.Select(c => c.Column.Name + " text"))}) ON COMMIT DROP";

    private static readonly string CopyStaging = $"COPY {Staging} FROM STDIN (FORMAT BINARY)";

    private static readonly string InsertFromStaging =
        $"INSERT INTO {Table} (\"RoleId\", \"Vector\") SELECT role_id, " +
        string.Join(" || ", Columns.Select(c => $"setweight(to_tsvector({Configuration}, {c.Column.Name}), '{c.Weight}')")) +
        $" FROM {Staging}; TRUNCATE {Staging}";

    /// <summary>
    /// Writes the search rows of published roles: their texts copied in binary into a temporary table, made into
    /// vectors by one INSERT ... SELECT (COPY itself cannot call to_tsvector); then their words (<see cref="PublishedWords"/>).
    /// </summary>
    public static async Task WriteAsync(CareerGuideDbContext db, IReadOnlyList<(int RoleId, RoleGuide Guide)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(CreateStaging, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var importer = await connection.BeginBinaryImportAsync(CopyStaging, cancellationToken))
        {
            foreach (var (roleId, guide) in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(roleId, cancellationToken);
                foreach (var (column, _) in Columns)
                {
                    await importer.WriteAsync(Words(column.Text(guide)), cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(InsertFromStaging, cancellationToken);
        await PublishedWords.AddAsync(db, [.. rows.Select(r => r.RoleId)], cancellationToken);
    }

    /// <summary>
    /// The words of <paramref name="text"/> as search reads them (<see cref="SearchWords"/>), lower case without
    /// diacritics, one space apart: PostgreSQL's parser would keep "node.js" or an address whole, where SQLite's splits them.
    /// </summary>
    public static string Words(string text) =>
        string.Join(' ', SearchWords.WordPattern().Matches(text).Select(m => Fold(m.Value)));

    /// <summary><paramref name="word"/> lower case and without diacritics, as SQLite's <c>remove_diacritics 2</c> reads it.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Weights(ColumnReach reach) =>
        string.Concat(Columns.Where(c => c.Column.Reach <= reach).Select(c => c.Weight).Distinct().Order());
}
