using Microsoft.Data.Sqlite;

namespace CareerGuide.Web.Tests.Reliability;

public static class UnpooledConnection
{
    /// <summary>
    /// An open connection outside the pool, so it reads the file afresh (recovering the WAL like a restarted site would)
    /// and, once disposed, leaves nothing open that a child process would wait for.
    /// </summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
