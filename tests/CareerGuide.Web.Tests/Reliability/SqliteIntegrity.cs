using Microsoft.Data.Sqlite;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>SQLite's own verdict on a database file: its integrity check, then the full-text index checked against its rows.</summary>
public static class SqliteIntegrity
{
    /// <summary>["ok"] for a sound database, else every problem SQLite reports.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string connectionString)
    {
        await using var connection = await UnpooledConnection.OpenAsync(connectionString);
        var problems = new List<string>();
        await using (var integrity = connection.CreateCommand())
        {
            integrity.CommandText = "PRAGMA integrity_check";
            await using var rows = await integrity.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                problems.Add(rows.GetString(0));
            }
        }

        await using var search = connection.CreateCommand();
        search.CommandText = "INSERT INTO RoleSearch(RoleSearch) VALUES('integrity-check')";
        try
        {
            await search.ExecuteNonQueryAsync();
        }
        catch (SqliteException e)
        {
            problems.Add($"RoleSearch: {e.Message}");
        }

        return problems;
    }
}
