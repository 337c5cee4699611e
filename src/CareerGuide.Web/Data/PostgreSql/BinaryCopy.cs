using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// Writes rows of one entity type with binary COPY on the context's connection, and so inside its transaction: the
/// columns and conversions come from the EF Core model (<see cref="StoredColumns"/>), so each row is what SaveChanges would write.
/// </summary>
internal sealed class BinaryCopy<TEntity>
    where TEntity : class
{
    private readonly string _command;
    private readonly Func<TEntity, object?>[] _columns;

    private BinaryCopy(string command, Func<TEntity, object?>[] columns) => (_command, _columns) = (command, columns);

    /// <summary>A copy of every column; the keys the database generates too when <paramref name="withGeneratedKeys"/> (ids taken from its sequence beforehand).</summary>
    public static BinaryCopy<TEntity> For(DbContext db, bool withGeneratedKeys = false)
    {
        var (table, columns) = StoredColumns.Of<TEntity>(db, withGeneratedKeys);
        var sql = db.GetService<ISqlGenerationHelper>();
        return new($"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)",
            [.. columns.Select(c => c.Value)]);
    }

    public async Task WriteAsync(DbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(_command, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in _columns)
            {
                // Npgsql picks each value's PostgreSQL type from its .NET type, as it does for a parameter.
                if (column(row) is { } value)
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
