using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Inserts many rows of one entity type through a single prepared command, inside the context's transaction.
/// The change tracker costs far more per row than the database does, and a guide has dozens of rows; the table,
/// columns, value conversions and parameter types all come from the EF Core model, so each row is what
/// SaveChanges would write. Keys the database generates are left to it.
/// </summary>
public sealed class TableInserter<TEntity> : IAsyncDisposable
    where TEntity : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, ValueConverter? Converter, DbParameter Parameter)[] _columns;

    private TableInserter(DbCommand command, (IProperty, ValueConverter?, DbParameter)[] columns)
    {
        _command = command;
        _columns = columns;
    }

    public async Task InsertAsync(IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            foreach (var (property, converter, parameter) in _columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                parameter.Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            await _command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    internal static async Task<TableInserter<TEntity>> CreateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        if (entity.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{typeof(TEntity).Name} has complex properties, which {nameof(TableInserter<>)} does not write");
        }

        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var columns = properties.Select((property, i) =>
        {
            var parameter = property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, property.IsNullable);
            command.Parameters.Add(parameter);
            // Looked up once here, not for every value of every row.
            return (Property: property, Converter: property.GetTypeMapping().Converter, Parameter: parameter);
        }).ToArray();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";
        await command.PrepareAsync(cancellationToken);
        return new TableInserter<TEntity>(command, columns);
    }
}

/// <summary>Creates <see cref="TableInserter{TEntity}"/>s.</summary>
public static class TableInserter
{
    public static Task<TableInserter<TEntity>> CreateAsync<TEntity>(DbContext db, CancellationToken cancellationToken)
        where TEntity : class => TableInserter<TEntity>.CreateAsync(db, cancellationToken);
}
