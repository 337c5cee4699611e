using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// Read snapshots as read-only REPEATABLE READ transactions: every query sees the snapshot the first one took, and
/// a read-only transaction never waits for ingestion's writes. The transaction is begun on the connection, not through
/// EF: Npgsql runs every command of a connection inside its open transaction, and EF's retrying strategy refuses
/// queries inside a transaction it was told of (it could not repeat them alone).
/// </summary>
internal sealed class PostgreSqlReadSnapshots : IReadSnapshots
{
    public async Task<IAsyncDisposable> BeginAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            return new Snapshot(db, transaction);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private sealed class Snapshot(CareerGuideDbContext db, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Nothing was written: ending it is a rollback.
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
