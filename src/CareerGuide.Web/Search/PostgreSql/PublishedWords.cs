using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// The words of published roles on PostgreSQL, for "did you mean": one row per word with the number of search rows that
/// have it ("SearchWords", trigram-indexed with pg_trgm, created by the migration <c>PublishedWords</c>). Ingestion keeps
/// it as it writes and deletes search rows, inside its transaction: a draft (which has no search row) never adds a
/// word, and a run that fails or is killed leaves the previous words.
/// </summary>
internal static class PublishedWords
{
    private const string Add = """
        INSERT INTO "SearchWords" ("Word", "Roles")
        SELECT w.lexeme, count(*)::integer FROM "RoleSearch" s, unnest(s."Vector") AS w WHERE s."RoleId" = ANY(@ids) GROUP BY w.lexeme
        ON CONFLICT ("Word") DO UPDATE SET "Roles" = "SearchWords"."Roles" + excluded."Roles"
        """;

    // Words no other search row has go; the others count one role less. The two touch different rows of one statement.
    private const string Remove = """
        WITH gone AS (
            SELECT w.lexeme AS word, count(*)::integer AS roles FROM "RoleSearch" s, unnest(s."Vector") AS w WHERE s."RoleId" = ANY(@ids) GROUP BY w.lexeme),
        emptied AS (DELETE FROM "SearchWords" k USING gone WHERE k."Word" = gone.word AND k."Roles" <= gone.roles)
        UPDATE "SearchWords" k SET "Roles" = k."Roles" - gone.roles FROM gone WHERE k."Word" = gone.word AND k."Roles" > gone.roles
        """;

    // pg_trgm's % (trigram similarity of at least pg_trgm.similarity_threshold, 0.3 unless the server sets another) finds
    // the candidates through the trigram index, the 20 most similar of which the edit distance then picks from
    // (SearchVocabulary); the first letter and the length are the rule SQLite's vocabulary follows.
    private const string Spellings = """
        SELECT asked.word AS "Word", c."Word" AS "Spelling"
        FROM unnest(@words) AS asked(word) CROSS JOIN LATERAL (
            SELECT k."Word" FROM "SearchWords" k
            WHERE k."Word" % asked.word AND left(k."Word", 1) = left(asked.word, 1) AND abs(length(k."Word") - length(asked.word)) <= @slack
            ORDER BY similarity(k."Word", asked.word) DESC, k."Word" LIMIT 20) c
        """;

    /// <summary>Counts the words of the search rows of <paramref name="roleIds"/>, just written.</summary>
    public static async Task AddAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(Add, [new NpgsqlParameter("ids", roleIds.ToArray())], cancellationToken);

    /// <summary>Takes back the words of the search rows of <paramref name="roleIds"/>, before those roles are deleted.</summary>
    public static async Task RemoveAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(Remove, [new NpgsqlParameter("ids", roleIds.ToArray())], cancellationToken);

    public static async Task<ILookup<string, string>> SpellingsAsync(CareerGuideDbContext db, IReadOnlyList<string> words, int lengthSlack, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<WordSpelling>(Spellings, new NpgsqlParameter("words", words.ToArray()), new NpgsqlParameter("slack", lengthSlack))
            .ToListAsync(cancellationToken)).ToLookup(s => s.Word, s => s.Spelling);

    private sealed record WordSpelling(string Word, string Spelling);
}
