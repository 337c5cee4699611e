using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own: held until disposed, and dropped by the server
/// when its holder dies, however it dies. Advisory locks belong to one database, so sites on one server never meet.
/// </summary>
internal sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>Waits until no other session holds <paramref name="key"/>; cancelling the wait cancels it on the server.</summary>
    public static async Task<AdvisoryLock> AcquireAsync(string connectionString, long key, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await RunAsync(connection, "SELECT pg_advisory_lock($1)", key, cancellationToken);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(_connection, "SELECT pg_advisory_unlock($1)", _key, CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // A broken connection has lost its session, and the lock with it.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        // No command timeout: the wait is bounded by the caller's token (Database:StartupTimeout at start).
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0, Parameters = { new() { Value = key } } };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
