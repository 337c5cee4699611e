using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>
/// One moment of the database for a read that takes several queries: each query sees what the first one saw, even
/// when ingestion commits in between. A deferred SQLite transaction only reads, so in WAL mode it never waits for ingestion.
/// </summary>
internal sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly CareerGuideDbContext _db;
    private readonly DbTransaction _transaction;

    private ReadSnapshot(CareerGuideDbContext db, DbTransaction transaction) => (_db, _transaction) = (db, transaction);

    public static async Task<IAsyncDisposable> BeginAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        // EF's BeginTransaction would send BEGIN IMMEDIATE, which takes the write lock and queues behind ingestion.
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.UseTransactionAsync(null);
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}

/// <summary>Read snapshots as deferred SQLite transactions.</summary>
internal sealed class SqliteReadSnapshots : IReadSnapshots
{
    public Task<IAsyncDisposable> BeginAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => ReadSnapshot.BeginAsync(db, cancellationToken);
}
