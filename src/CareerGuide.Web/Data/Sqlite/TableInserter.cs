using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>
/// Inserts rows of one entity type through a <see cref="PreparedStatement"/>, inside the context's transaction.
/// The change tracker costs far more per row than the database does, and a guide has dozens of rows; the columns
/// come from the EF Core model (<see cref="StoredColumns"/>). Keys the database generates are left to it.
/// </summary>
public sealed class TableInserter<TEntity> : IDisposable
    where TEntity : class
{
    private readonly PreparedStatement _insert;
    private readonly Func<TEntity, object?>[] _columns;
    private readonly object?[] _values;

    private TableInserter(PreparedStatement insert, Func<TEntity, object?>[] columns)
    {
        (_insert, _columns) = (insert, columns);
        _values = new object?[columns.Length];
    }

    /// <summary>Inserts <paramref name="row"/>; returns its rowid, which is its key when the database generates it.</summary>
    public long Insert(TEntity row)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _values[i] = _columns[i](row);
        }

        return _insert.Run(_values);
    }

    public void Insert(IEnumerable<TEntity> rows)
    {
        foreach (var row in rows)
        {
            Insert(row);
        }
    }

    public void Dispose() => _insert.Dispose();

    internal static async Task<TableInserter<TEntity>> CreateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var (table, columns) = StoredColumns.Of<TEntity>(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var insert = await PreparedStatement.PrepareAsync(db,
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})",
            cancellationToken);
        return new TableInserter<TEntity>(insert, [.. columns.Select(c => c.Value)]);
    }
}

/// <summary>Creates <see cref="TableInserter{TEntity}"/>s.</summary>
public static class TableInserter
{
    public static Task<TableInserter<TEntity>> CreateAsync<TEntity>(DbContext db, CancellationToken cancellationToken)
        where TEntity : class => TableInserter<TEntity>.CreateAsync(db, cancellationToken);
}
