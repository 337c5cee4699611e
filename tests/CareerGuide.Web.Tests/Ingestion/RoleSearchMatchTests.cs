using CareerGuide.Web.Data;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>
/// PostgreSQL's search finds and counts roles in the match table and ranks them by their vectors: for the ranks and
/// counts to be what the vectors alone would give, each match row must find exactly what its role's vector finds.
/// </summary>
public sealed class RoleSearchMatchTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    // For every word of every vector: the role's words have it exactly when the vector has it anywhere, its key words
    // exactly when the vector has it with an A or B weight, its name words with an A; and the filter values are the role's.
    private const string Disagreements = """
        SELECT count(*)::integer AS "Value"
        FROM "RoleSearch" s JOIN "RoleSearchMatch" m ON m."RoleId" = s."RoleId" JOIN "Roles" r ON r."Id" = s."RoleId",
             unnest(s."Vector") AS w
        WHERE (m."Words" @@ to_tsquery('simple', quote_literal(w.lexeme))) IS DISTINCT FROM (s."Vector" @@ to_tsquery('simple', quote_literal(w.lexeme)))
           OR (m."KeyWords" @@ to_tsquery('simple', quote_literal(w.lexeme))) IS DISTINCT FROM (s."Vector" @@ to_tsquery('simple', quote_literal(w.lexeme) || ':AB'))
           OR (m."NameWords" @@ to_tsquery('simple', quote_literal(w.lexeme))) IS DISTINCT FROM (s."Vector" @@ to_tsquery('simple', quote_literal(w.lexeme) || ':A'))
           OR m."Category" IS DISTINCT FROM r."Category" OR m."EducationLevel" IS DISTINCT FROM r."Facts_EducationLevel"
           OR m."MedianAmount" IS DISTINCT FROM r."Facts_MedianAmount" OR m."Soc" IS DISTINCT FROM r."Facts_Soc"
        """;

    [PostgreSqlOnlyFact]
    public async Task Every_bundled_guide_s_match_row_finds_what_its_vector_finds()
    {
        var (searchRows, matchRows, disagreements) = await site.Factory.QueryAsync(async db => (
            await Scalar(db, """SELECT count(*)::integer AS "Value" FROM "RoleSearch" """),
            await Scalar(db, """SELECT count(*)::integer AS "Value" FROM "RoleSearchMatch" """),
            await Scalar(db, Disagreements)));

        Assert.True(searchRows > 0);
        Assert.Equal(searchRows, matchRows);
        Assert.Equal(0, disagreements);
    }

    private static Task<int> Scalar(CareerGuideDbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
