using Npgsql;

namespace CareerGuide.Web.Tests.Cluster;

/// <summary>
/// Which sessions of a PostgreSQL database wait for an advisory lock another session holds: the sign, read from the
/// server itself, that an instance is queued behind another's ingestion rather than running beside it.
/// </summary>
public static class AdvisoryLockWaiters
{
    public static async Task<int> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
