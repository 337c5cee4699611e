using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>
/// Inserts rows of one entity type through a <see cref="PreparedStatement"/>, inside the context's transaction.
/// The change tracker costs far more per row than the database does, and a guide has dozens of rows; the table,
/// columns (those of complex properties too) and value conversions all come from the EF Core model, so each row is
/// what SaveChanges would write. Keys the database generates are left to it.
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
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Value: ProviderValue(p, row => row)))
            .Concat(entity.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties()
                .Select(p => (Property: p, Value: ProviderValue(p, row => complex.GetGetter().GetClrValue(row))))))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var insert = await PreparedStatement.PrepareAsync(db,
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})",
            cancellationToken);
        return new TableInserter<TEntity>(insert, [.. columns.Select(c => c.Value)]);
    }

    /// <summary>Reads <paramref name="property"/> from the object <paramref name="owner"/> finds in a row, converted as the model stores it.</summary>
    private static Func<TEntity, object?> ProviderValue(IProperty property, Func<TEntity, object?> owner)
    {
        // Looked up once here, not for every value of every row.
        var (getter, converter) = (property.GetGetter(), property.GetTypeMapping().Converter);
        return row =>
        {
            var value = getter.GetClrValue(owner(row)!);
            return converter is null || value is null ? value : converter.ConvertToProvider(value);
        };
    }
}

/// <summary>Creates <see cref="TableInserter{TEntity}"/>s.</summary>
public static class TableInserter
{
    public static Task<TableInserter<TEntity>> CreateAsync<TEntity>(DbContext db, CancellationToken cancellationToken)
        where TEntity : class => TableInserter<TEntity>.CreateAsync(db, cancellationToken);
}
