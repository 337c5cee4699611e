using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// Getting a PostgreSQL database ready: the server probed once (no retries, so an unreachable server fails the start
/// in one line), the database created when missing, migrations under an advisory lock, and ingestion's advisory lock.
/// </summary>
internal sealed class PostgreSqlStartup : IDatabaseStartup
{
    // Any two fixed numbers do; advisory locks are per database.
    private const long MigrationsLockKey = 0x43475f4d49475241; // "CG_MIGRA"
    private const long IngestionLockKey = 0x43475f494e474553; // "CG_INGES"

    public bool Exists(CareerGuideDbContext db) => db.GetService<IRelationalDatabaseCreator>().Exists();

    public async Task ProbeAsync(CareerGuideDbContext db, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Timeout = (int)Math.Clamp(Math.Ceiling(timeout.TotalSeconds), 1, 1024) };
        await using var probe = new NpgsqlConnection(connection.ConnectionString);
        try
        {
            await probe.OpenAsync(cancellationToken);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            throw new TimeoutException($"the server ConnectionStrings:CareerGuide names did not answer ({e.Message})", e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server answers and the database does not exist yet. Created here, so that asking for its migrations
            // does not fail first; two starts may both try.
            await CreateAsync(db, cancellationToken);
        }

        // Npgsql reads the applied migrations by querying their table, which logs a failed command on a new database.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    public async Task<IAsyncDisposable> LockMigrationsAsync(CareerGuideDbContext db, ILogger logger, CancellationToken cancellationToken) =>
        await AdvisoryLock.AcquireAsync(db.Database.GetConnectionString()!, MigrationsLockKey, cancellationToken);

    public async Task<IAsyncDisposable> LockIngestionAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        await AdvisoryLock.AcquireAsync(db.Database.GetConnectionString()!, IngestionLockKey, cancellationToken);

    public Task ConfigureAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CreateAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another start created it first.
        }
    }

    /// <summary>A server that cannot be reached, or did not answer in time: the start says so in one line.</summary>
    public bool IsHeldElsewhere(Exception exception) => exception switch
    {
        TimeoutException or NpgsqlException { IsTransient: true } => true,
        RetryLimitExceededException { InnerException: { } inner } => IsHeldElsewhere(inner),
        _ => false,
    };
}
