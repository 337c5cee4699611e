using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>The model the site runs on is compiled ahead of time (Data/Sqlite/CompiledModel, Data/PostgreSql/CompiledModel): it must be the model the code describes.</summary>
public sealed class CompiledModelTests
{
    [Fact]
    public async Task The_compiled_model_matches_the_model_OnModelCreating_builds_so_a_changed_entity_cannot_run_on_a_stale_one()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        // The design-time model is built from OnModelCreating whatever model the context runs on.
        var (compiled, described) = await site.QueryAsync(db => Task.FromResult((Shape(db.Model), Shape(db.GetService<IDesignTimeModel>().Model))));

        Assert.Equal(described, compiled);
    }

    // Every table, column, index and foreign key, as text: what a stale compiled model would read or write wrongly.
    private static List<string> Shape(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.SelectMany(table =>
            table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")} {c.PropertyMappings[0].Property.ClrType.Name}")
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}"))
                .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} foreign key {f.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal),
    ];
}
