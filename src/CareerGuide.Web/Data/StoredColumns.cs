using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerGuide.Web.Data;

/// <summary>One column of an entity's table and how to read its value from a row, converted as the model stores it.</summary>
public sealed record StoredColumn<TEntity>(IProperty Property, string Name, Func<TEntity, object?> Value);

/// <summary>
/// The columns a bulk insert writes for an entity type, read from the EF Core model so each row is what SaveChanges
/// would write: the table, the columns of complex properties too, and every value conversion.
/// </summary>
public static class StoredColumns
{
    /// <summary>The table of <typeparamref name="TEntity"/> and its columns; keys the database generates only when <paramref name="withGeneratedKeys"/>.</summary>
    public static (StoreObjectIdentifier Table, StoredColumn<TEntity>[] Columns) Of<TEntity>(DbContext db, bool withGeneratedKeys = false)
        where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || (withGeneratedKeys && p.IsPrimaryKey()))
            .Select(p => Column<TEntity>(p, table, row => row))
            .Concat(entity.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties()
                .Select(p => Column<TEntity>(p, table, row => complex.GetGetter().GetClrValue(row)))))
            .ToArray();
        return (table, columns);
    }

    /// <summary>Reads <paramref name="property"/> from the object <paramref name="owner"/> finds in a row, converted as the model stores it.</summary>
    private static StoredColumn<TEntity> Column<TEntity>(IProperty property, StoreObjectIdentifier table, Func<TEntity, object?> owner)
    {
        // Looked up once here, not for every value of every row.
        var (getter, converter) = (property.GetGetter(), property.GetTypeMapping().Converter);
        return new(property, property.GetColumnName(table)!, row =>
        {
            var value = getter.GetClrValue(owner(row)!);
            return converter is null || value is null ? value : converter.ConvertToProvider(value);
        });
    }
}
