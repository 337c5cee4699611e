using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>
/// The database one test site runs on, on the provider its fixture names: a SQLite file in the site's temp folder, or
/// a fresh PostgreSQL database of its own on the server <see cref="PostgreSqlServerVariable"/> names, dropped with the site.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>An Npgsql connection string to a maintenance database on the server the PostgreSQL run uses.</summary>
    public const string PostgreSqlServerVariable = "CAREERGUIDE_TEST_POSTGRES";

    /// <summary>The provider of this test project: CareerGuide.Web.PostgreSql.Tests compiles these same files for PostgreSQL.</summary>
#if CAREERGUIDE_POSTGRESQL
    public static string ProjectProvider { get; } = PostgreSql;
#else
    public static string ProjectProvider { get; } = Sqlite;
#endif

    /// <summary>The value of <c>Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The database on <paramref name="provider"/>; on PostgreSQL, on <paramref name="postgreSqlServer"/> when given, else the run's server.</summary>
    public static TestDatabase Create(string provider, string folder, string? postgreSqlServer = null) =>
        provider == PostgreSql ? PostgreSqlTestDatabase.Create(postgreSqlServer) : new SqliteTestDatabase(folder);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    private sealed class SqliteTestDatabase(string folder) : TestDatabase
    {
        public override string Provider => Sqlite;

        public override string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "test.db") }.ToString();

        protected override void Dispose(bool disposing)
        {
            // Pooled connections keep the file open; only this database's pool is cleared, not other tests'.
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private sealed class PostgreSqlTestDatabase(string server, string name) : TestDatabase
    {
        public override string Provider => PostgreSql;

        public override string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();

        public static PostgreSqlTestDatabase Create(string? ownServer)
        {
            var server = ownServer ?? Environment.GetEnvironmentVariable(PostgreSqlServerVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL tests need a server: set {PostgreSqlServerVariable} to an Npgsql connection string to a maintenance database " +
                    "(\"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres\"), or run .ci/run, which starts a throwaway server. See README.md, Tests.");
            }

            var database = new PostgreSqlTestDatabase(server, "careerguide_test_" + Guid.NewGuid().ToString("N"));
            // template0: nothing another test left in template1 can reach this database.
            database.Run($"CREATE DATABASE \"{database.Name}\" TEMPLATE template0");
            return database;
        }

        private string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

        protected override void Dispose(bool disposing)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            Run($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }

        private void Run(string sql)
        {
            // Unpooled: a pooled session to a server a test restarted is dead, and would fail the drop.
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
