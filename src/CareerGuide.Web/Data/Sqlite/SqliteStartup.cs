using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>Getting a SQLite file ready: WAL on, so pages keep reading while ingestion writes; migrations under <see cref="SqliteMigrationLock"/>.</summary>
internal sealed partial class SqliteStartup : IDatabaseStartup
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public bool Exists(CareerGuideDbContext db) => File.Exists(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);

    public async Task ProbeAsync(CareerGuideDbContext db, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The bare connection, which EF does not log: a locked file fails with our one line, not first with EF's failed command and its SQL.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<IAsyncDisposable> LockMigrationsAsync(CareerGuideDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var held = await SqliteMigrationLock.AcquireAsync(db, cancellationToken);
        try
        {
            if (await SqliteMigrationLock.ClearStaleRowAsync(db, cancellationToken))
            {
                LogStaleLockCleared(logger, db.Database.GetDbConnection().DataSource);
            }

            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>A file belongs to one site: the site's own <see cref="Ingestion.IngestionGate"/> is enough, and SQLite's write lock stands behind it.</summary>
    public Task<IAsyncDisposable> LockIngestionAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => Task.FromResult(NoLock.Instance);

    public Task ConfigureAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    public bool IsHeldElsewhere(Exception exception) => exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared the migration lock (__EFMigrationsLock) of {Database}: the start that took it is no longer running")]
    private static partial void LogStaleLockCleared(ILogger logger, string database);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly IAsyncDisposable Instance = new NoLock();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
