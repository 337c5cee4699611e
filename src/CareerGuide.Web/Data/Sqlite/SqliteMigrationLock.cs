using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>
/// EF Core locks SQLite for migrations by inserting a row into <c>__EFMigrationsLock</c> and deleting it when done. A
/// process killed in between leaves the row in the file, and every later migration waits for it forever; the row
/// does not say whose it is. So a start that migrates first takes an OS lock on a file beside the database, which the
/// kernel drops when its holder dies, however it dies. Only the holder of that lock migrates, so a lock row it finds
/// was left by a dead process and can go. (A copy of the site older than this lock does not take it: never run one
/// against the same database while a newer one migrates.)
/// </summary>
public sealed class SqliteMigrationLock : IAsyncDisposable
{
    private const string CountLockTables = "SELECT count(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
    private const string DeleteLockRows = """DELETE FROM "__EFMigrationsLock";""";

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? _file;

    private SqliteMigrationLock(FileStream? file) => _file = file;

    /// <summary>Waits until no other start holds the lock; an in-memory database belongs to one process and needs none.</summary>
    public static async Task<SqliteMigrationLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (connection.Mode == SqliteOpenMode.Memory || connection.DataSource is "" or ":memory:")
        {
            return new SqliteMigrationLock(null);
        }

        var path = Path.GetFullPath(connection.DataSource) + "-migrations.lock";
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows; both end with the process.
                return new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e.GetType() == typeof(IOException))
            {
                // Exactly IOException is "in use by another process"; its subclasses (a missing folder, say) do not pass with time.
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    /// <summary>Deletes the lock row of a dead migrator; true when there was one. Call it only while holding this lock.</summary>
    public static async Task<bool> ClearStaleRowAsync(DbContext db, CancellationToken cancellationToken)
    {
        var hasLockTable = await db.Database.SqlQueryRaw<int>(CountLockTables).SingleAsync(cancellationToken) > 0;
        return hasLockTable && await db.Database.ExecuteSqlRawAsync(DeleteLockRows, cancellationToken) > 0;
    }

    public ValueTask DisposeAsync() => _file?.DisposeAsync() ?? ValueTask.CompletedTask;
}
