using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// What a search matches and counts on PostgreSQL, apart from what it ranks: per published role, the words of its
/// vector without positions ("Words"), those of its key columns ("KeyWords") and of its naming columns ("NameWords"),
/// and the values the filters test, in the narrow table "RoleSearchMatch" (migration <c>RoleSearchMatch</c>) with a
/// GIN index on each set of words. Made on the server from the search rows just written, inside ingestion's
/// transaction; gone with its role.
/// </summary>
internal static class RoleSearchMatches
{
    public const string Table = "\"RoleSearchMatch\"";

    // A word is in "KeyWords" exactly when the vector has it with a key column's weight (A or B), in "NameWords" with a
    // naming column's (A): ts_filter keeps the positions of those weights.
    private static readonly string Add = $"""
        INSERT INTO {Table} ("RoleId", "Words", "KeyWords", "NameWords", "Category", "EducationLevel", "MedianAmount", "Soc")
        SELECT s."RoleId", strip(s."Vector"),
               strip(ts_filter(s."Vector", {WeightClasses(RoleSearchVectors.KeyWeights)})), strip(ts_filter(s."Vector", {WeightClasses(RoleSearchVectors.NameWeights)})),
               r."Category", r."Facts_EducationLevel", r."Facts_MedianAmount", r."Facts_Soc"
        FROM {RoleSearchVectors.Table} s JOIN "Roles" r ON r."Id" = s."RoleId"
        WHERE s."RoleId" = ANY(@ids)
        """;

    /// <summary>Writes the match rows of the search rows of <paramref name="roleIds"/>, just written.</summary>
    public static async Task AddAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(Add, [new NpgsqlParameter("ids", roleIds.ToArray())], cancellationToken);

    /// <summary>
    /// Moves the entries a run added to the match indexes from their pending lists into the indexes proper. GIN keeps new
    /// entries in an unsorted list that every search reads whole until autovacuum merges it, a minute or so later: the
    /// count of 'remote work' took 22-40 ms right after a full ingestion of 10,000 guides, 2.6 ms once merged, and the
    /// merge 68 ms.
    /// </summary>
    public static async Task MergePendingAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(MergePending, cancellationToken);

    // Every GIN index of the table, found in the catalog: their names stay the migration's alone.
    private const string MergePending = $$"""
        SELECT gin_clean_pending_list(i.indexrelid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = '{{Table}}'::regclass AND a.amname = 'gin'
        """;

    /// <summary>Weight classes as ts_filter takes them; an ARRAY, as braces are format items to EF Core.</summary>
    private static string WeightClasses(string weights) => "ARRAY[" + string.Join(", ", weights.Select(weight => $"'{weight}'")) + "]::\"char\"[]";
}
