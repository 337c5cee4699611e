namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// The migration bookkeeping EF Core keeps in a SQLite database, set by hand to the states a killed or an upgraded
/// start leaves: a row in <c>__EFMigrationsLock</c> whose process is dead, a migration not yet applied.
/// </summary>
public static class MigrationState
{
    /// <summary>The newest migration; re-applying it only rebuilds the search index, which the next ingestion refills.</summary>
    public const string LatestMigration = "20261123143000_ContentlessSearch";

    /// <summary>
    /// Leaves the lock row EF Core writes while it migrates, as a process killed then leaves it. On a database without
    /// tables it also adds the empty history a first start creates before it takes the lock: every migration is then pending.
    /// </summary>
    public static Task LeaveStaleLockAsync(string connectionString) => ExecuteAsync(connectionString, """
        CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
        INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-30 08:00:00+00:00');
        """);

    /// <summary>Makes the database one migration behind the code, as it is when a new version of the site first starts on it.</summary>
    public static Task ForgetLatestMigrationAsync(string connectionString) =>
        ExecuteAsync(connectionString, $"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '{LatestMigration}';""");

    /// <summary>How many lock rows the database holds; none when it never had the lock table.</summary>
    public static async Task<long> LockRowsAsync(string connectionString)
    {
        await using var connection = await UnpooledConnection.OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'";
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return 0;
        }

        command.CommandText = """SELECT count(*) FROM "__EFMigrationsLock" """;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await UnpooledConnection.OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
