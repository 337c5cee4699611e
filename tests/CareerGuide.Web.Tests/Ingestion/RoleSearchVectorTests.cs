using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Search.PostgreSql;
using CareerGuide.Web.Tests.Infrastructure;
using Npgsql;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>
/// Ingestion on PostgreSQL makes each role's weighted vector itself: it must be the one the server's own
/// <c>setweight(to_tsvector('simple', column), weight) || ...</c> makes from the same words, positions and all.
/// </summary>
public sealed class RoleSearchVectorTests
{
    [PostgreSqlOnlyFact]
    public async Task Every_bundled_guide_s_vector_is_the_server_s()
    {
        foreach (var slug in RepositoryContent.Slugs)
        {
            await AssertSameAsServerAsync(RepositoryContent.Parse(slug));
        }
    }

    [PostgreSqlOnlyFact]
    public async Task A_guide_past_the_limits_of_positions_has_the_server_s_vector()
    {
        // A word said 300 times (a word keeps 255 positions) and a body past position 16,383, where positions stop.
        var body = string.Join(' ', Enumerable.Repeat("ticket", 300)) + " " + string.Join(' ', Enumerable.Range(0, 17_000).Select(i => $"w{i % 50}"));
        var parsed = GuideParser.Parse("roles/long.md", new GuideBuilder("Ticket Ticket Analyst").WithSection("Responsibilities", body).Build());

        await AssertSameAsServerAsync(Assert.IsType<RoleGuide>(parsed.Guide));
    }

    private static async Task AssertSameAsServerAsync(RoleGuide guide)
    {
        var columns = RoleSearchVectors.ColumnWords(guide);
        await using var source = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable(TestDatabase.PostgreSqlServerVariable)!);
        await using var command = source.CreateCommand(
            "SELECT $1::tsvector::text, (" + string.Join(" || ", columns.Select((c, i) => $"setweight(to_tsvector('simple', ${i + 2}), '{c.Weight}')")) + ")::text");
        command.Parameters.Add(new NpgsqlParameter { Value = RoleSearchVectors.VectorOf(guide) });
        foreach (var (words, _) in columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = words });
        }

        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetString(1), reader.GetString(0));
    }
}
