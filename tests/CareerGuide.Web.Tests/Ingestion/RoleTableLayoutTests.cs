using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>The physical layout the migrations leave behind, which EF Core's model does not describe (LargeColumnsLast).</summary>
public sealed class RoleTableLayoutTests
{
    [SqliteOnlyFact]
    public async Task The_roles_table_keeps_its_two_large_columns_last_so_that_lists_of_roles_read_no_overflow_pages()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        var columns = await site.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Roles') ORDER BY cid").ToListAsync());

        Assert.Equal(["Links", "Document"], columns[^2..]);
    }

    [SqliteOnlyFact]
    public async Task The_rebuilt_roles_table_keeps_every_index_it_had()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        var indexes = await site.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_index_list('Roles') WHERE origin = 'c' ORDER BY name").ToListAsync());

        Assert.Equal(["IX_Roles_Category", "IX_Roles_SearchFilters", "IX_Roles_Slug", "IX_Roles_SourcePath"], indexes);
    }
}
