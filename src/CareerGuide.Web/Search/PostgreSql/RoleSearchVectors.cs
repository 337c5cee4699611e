using System.Globalization;
using System.Text;
using CareerGuide.Content;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// The table that ranks published roles on PostgreSQL, spelled once: one weighted tsvector per role ("RoleSearch",
/// created by the migration <c>RoleSearchVectors</c>; found through <see cref="RoleSearchMatches"/>), built from
/// <see cref="SearchColumns"/> with each column's weight class, and written inside ingestion's transaction.
/// </summary>
public static class RoleSearchVectors
{
    public const string Table = "\"RoleSearch\"";

    /// <summary>The text search configuration: words are split, lower-cased and folded here, so PostgreSQL only lists them.</summary>
    public const string Configuration = "'simple'";

    /// <summary>Each column's weight class: the columns that name a role A, those it is about B, the rest C or D by weight.</summary>
    internal static IReadOnlyList<(SearchColumn Column, char Weight)> Columns { get; } =
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

    // Text COPY: Npgsql writes a tsvector in binary only from its own parse of the text, which it has made obsolete.
    private static readonly string CopyVectors = $"COPY {Table} (\"RoleId\", \"Vector\") FROM STDIN";

    // PostgreSQL's limits on a tsvector (tsearch/ts_type.h): a lexeme's bytes, the highest position, a lexeme's positions.
    private const int MaxLexemeBytes = 2048;
    private const int MaxPosition = (1 << 14) - 1;
    private const int MaxPositions = 256;

    /// <summary>
    /// Writes the search rows of published roles, their vectors made here (<see cref="VectorOf"/>) and copied as text;
    /// then their match rows (<see cref="RoleSearchMatches"/>) and their words (<see cref="PublishedWords"/>). The server making them from the texts was the largest part of a
    /// full ingestion on PostgreSQL: 11 s of 10,000 guides' 32 s, and copying the texts to it 7.6 s more.
    /// </summary>
    public static async Task WriteAsync(CareerGuideDbContext db, IReadOnlyList<(int RoleId, RoleGuide Guide)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var importer = await connection.BeginTextImportAsync(CopyVectors, cancellationToken))
        {
            foreach (var (roleId, guide) in rows)
            {
                // The words are letters and digits: nothing in a line needs COPY's escapes.
                await importer.WriteLineAsync($"{roleId.ToString(CultureInfo.InvariantCulture)}\t{VectorOf(guide)}".AsMemory(), cancellationToken);
            }
        }

        var roleIds = rows.Select(r => r.RoleId).ToArray();
        await RoleSearchMatches.AddAsync(db, roleIds, cancellationToken);
        await PublishedWords.AddAsync(db, roleIds, cancellationToken);
    }

    /// <summary>
    /// The text of the role's vector exactly as the server makes it from the columns' words with
    /// <c>setweight(to_tsvector('simple', column), weight) || ...</c> in column order (RoleSearchVectorTests compares
    /// the two): each column's words numbered from 1, a word keeping at most 255 positions, each later column's
    /// positions shifted past the highest one before it, all within PostgreSQL's limits.
    /// </summary>
    public static string VectorOf(RoleGuide guide)
    {
        var vector = new Dictionary<string, List<NpgsqlTsVector.Lexeme.WordEntryPos>>(StringComparer.Ordinal);
        foreach (var (words, weight) in ColumnWords(guide))
        {
            var shift = vector.Values.SelectMany(positions => positions).Select(p => p.Pos).DefaultIfEmpty(0).Max();
            foreach (var (word, positions) in ColumnVector(words))
            {
                var shifted = positions.Select(p => new NpgsqlTsVector.Lexeme.WordEntryPos(Math.Min(p + shift, MaxPosition), WeightOf(weight)));
                if (!vector.TryGetValue(word, out var merged))
                {
                    vector[word] = [.. shifted];
                    continue;
                }

                // tsvector_concat's add_pos: appended up to the limit, and none after the highest position.
                foreach (var position in shifted)
                {
                    if (merged.Count >= MaxPositions || merged[^1].Pos == MaxPosition)
                    {
                        break;
                    }

                    merged.Add(position);
                }
            }
        }

        return string.Join(' ', vector.Select(pair =>
            $"'{pair.Key.Replace("'", "''", StringComparison.Ordinal)}':{string.Join(',', pair.Value.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Pos}{p.Weight}")))}"));
    }

    /// <summary>Each search column's words (<see cref="Words"/>) with its weight class, in column order.</summary>
    public static IReadOnlyList<(string Words, char Weight)> ColumnWords(RoleGuide guide) =>
        [.. Columns.Select(c => (Words(c.Column.Text(guide)), c.Weight))];

    /// <summary>to_tsvector('simple', ...) of one column's words: each word's positions, in order, as its uniqueWORD keeps them.</summary>
    private static Dictionary<string, List<int>> ColumnVector(string columnWords)
    {
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var word in columnWords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word too long to index is left out without taking a position.
            if (Encoding.UTF8.GetByteCount(word) >= MaxLexemeBytes)
            {
                continue;
            }

            position++;
            var at = Math.Min(position, MaxPosition);
            if (!words.TryGetValue(word, out var positions))
            {
                words[word] = [at];
            }
            else if (positions.Count < MaxPositions - 1 && positions[^1] != MaxPosition && positions[^1] != at)
            {
                positions.Add(at);
            }
        }

        return words;
    }

    private static NpgsqlTsVector.Lexeme.Weight WeightOf(char weight) => weight switch
    {
        'A' => NpgsqlTsVector.Lexeme.Weight.A,
        'B' => NpgsqlTsVector.Lexeme.Weight.B,
        'C' => NpgsqlTsVector.Lexeme.Weight.C,
        _ => NpgsqlTsVector.Lexeme.Weight.D,
    };

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
