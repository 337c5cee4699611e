using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>
/// One INSERT or UPDATE statement, prepared once on ingestion's connection (and so inside its transaction), run for many rows
/// with values bound by position. It talks to SQLite through SQLitePCLRaw, the layer under Microsoft.Data.Sqlite:
/// an ADO.NET command looks up every parameter by name on every run, which for the million values of a full
/// ingestion cost more than SQLite's own work.
/// </summary>
public sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;

    private PreparedStatement(sqlite3 connection, sqlite3_stmt statement) => (_connection, _statement) = (connection, statement);

    public static async Task<PreparedStatement> PrepareAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        Check(raw.sqlite3_prepare_v2(connection, sql, out var statement), connection);
        return new PreparedStatement(connection, statement);
    }

    /// <summary>Runs the statement with <paramref name="values"/>, in the statement's order; returns the rowid of the last row inserted.</summary>
    public long Run(ReadOnlySpan<object?> values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                Bind(i + 1, values[i]);
            }

            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE)
            {
                Check(result, _connection);
            }

            return raw.sqlite3_last_insert_rowid(_connection);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>Binds a provider value (after EF Core's value conversion) as Microsoft.Data.Sqlite would store it.</summary>
    private void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        // As UTF-16, which SQLite turns into the file's UTF-8 itself: SQLitePCLRaw's string overload allocates a UTF-8 copy of
        // every value, 400 MB over a full ingestion. An empty span would bind as NULL, so the empty text goes as a string.
        "" => raw.sqlite3_bind_text(_statement, index, ""),
        string text => raw.sqlite3_bind_text16(_statement, index, text),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        int or long or short or byte or sbyte or ushort or uint => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => raw.sqlite3_bind_double(_statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        DateOnly date => raw.sqlite3_bind_text(_statement, index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset moment => raw.sqlite3_bind_text(_statement, index, moment.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        DateTime moment => raw.sqlite3_bind_text(_statement, index, moment.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"{nameof(PreparedStatement)} does not bind values of type {value.GetType().Name}"),
    }, _connection);

    private static void Check(int result, sqlite3 connection)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection);
        }
    }
}
