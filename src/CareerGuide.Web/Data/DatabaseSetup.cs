using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Data;

/// <summary>
/// Gets the database ready before anything uses it: pending migrations applied, then the provider's settings
/// (<see cref="IDatabaseStartup"/>). Bounded by <c>Database:StartupTimeout</c>: a start that cannot get its database
/// says so in one line and ends, instead of waiting unseen on a lock.
/// </summary>
public static partial class DatabaseSetup
{
    /// <summary>How a start that gave up on its database exits; 1 stays the ingest verb's "guides were rejected".</summary>
    public const int UnavailableExitCode = 3;

    /// <summary>
    /// Prepares the database and returns the migrations it applied (none when the schema was current); null, once the
    /// reason is logged, when that could not be done in time.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>();
        var startup = scope.ServiceProvider.GetRequiredService<IDatabaseStartup>();
        var timeout = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.StartupTimeout;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        var database = db.Database.GetDbConnection().DataSource;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        // A database waits out another connection's lock for as long as the command timeout: no single wait may outlast the start's.
        db.Database.SetCommandTimeout(timeout);
        try
        {
            await startup.ProbeAsync(db, timeout, bounded.Token);
            var applied = await MigrateAsync(db, startup, logger, bounded.Token);
            await startup.ConfigureAsync(db, bounded.Token);
            return applied;
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, database, timeout, "it was still waiting for another start's migration");
        }
        catch (Exception e) when (startup.IsHeldElsewhere(e))
        {
            LogUnavailable(logger, database, timeout, e.Message);
        }

        return null;
    }

    private static async Task<IReadOnlyList<string>> MigrateAsync(CareerGuideDbContext db, IDatabaseStartup startup, ILogger logger, CancellationToken cancellationToken)
    {
        // Most starts have nothing to apply; they then take no migration lock at all, so a kill cannot leave one behind.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return [];
        }

        await using (await startup.LockMigrationsAsync(db, logger, cancellationToken))
        {
            // Asked again under the lock: another start may have applied some while this one waited for it.
            var applying = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            return applying;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database {Database} was not ready within {Timeout} (Database:StartupTimeout): {Reason}. Stopping")]
    private static partial void LogUnavailable(ILogger logger, string database, TimeSpan timeout, string reason);
}
