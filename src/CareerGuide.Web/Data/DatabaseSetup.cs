using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Data;

/// <summary>
/// Gets the database ready before anything uses it: pending migrations applied and, on SQLite, WAL on, so pages keep
/// reading while ingestion writes. Bounded by <c>Database:StartupTimeout</c>: a start that cannot get its database
/// says so in one line and ends, instead of waiting unseen on a lock.
/// </summary>
public static partial class DatabaseSetup
{
    /// <summary>How a start that gave up on its database exits; 1 stays the ingest verb's "guides were rejected".</summary>
    public const int UnavailableExitCode = 3;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Prepares the database; false, once the reason is logged, when that could not be done in time.</summary>
    public static async Task<bool> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>();
        var timeout = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.StartupTimeout;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        var database = db.Database.GetDbConnection().DataSource;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        // SQLite waits out another connection's lock for as long as the command timeout: no single wait may outlast the start's.
        db.Database.SetCommandTimeout(timeout);
        try
        {
            await ProbeAsync(db, timeout, bounded.Token);
            await MigrateAsync(db, database, logger, bounded.Token);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", bounded.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, database, timeout, "it was still waiting for another start's migration");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            LogUnavailable(logger, database, timeout, e.Message);
        }

        return false;
    }

    /// <summary>
    /// Reads the schema through the bare connection, which EF does not log: a file another connection holds locked
    /// then fails here with our one line, not first with EF's failed command and its SQL.
    /// </summary>
    private static async Task ProbeAsync(CareerGuideDbContext db, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task MigrateAsync(CareerGuideDbContext db, string database, ILogger logger, CancellationToken cancellationToken)
    {
        // Most starts have nothing to apply; they then take no migration lock at all, so a kill cannot leave one behind.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        await using (await SqliteMigrationLock.AcquireAsync(db, cancellationToken))
        {
            if (await SqliteMigrationLock.ClearStaleRowAsync(db, cancellationToken))
            {
                LogStaleLockCleared(logger, database);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared the migration lock (__EFMigrationsLock) of {Database}: the start that took it is no longer running")]
    private static partial void LogStaleLockCleared(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database {Database} was not ready within {Timeout} (Database:StartupTimeout): {Reason}. Stopping")]
    private static partial void LogUnavailable(ILogger logger, string database, TimeSpan timeout, string reason);
}
