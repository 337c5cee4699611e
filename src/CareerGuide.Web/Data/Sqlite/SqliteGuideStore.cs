using CareerGuide.Web.Search.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>Ingestion's writes on SQLite: prepared statements bound by position, and the search rows beside the roles.</summary>
internal sealed class SqliteGuideStore : IGuideStore
{
    public Task<IRoleRowsWriter> OpenWriterAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => SqliteRoleRowsWriter.CreateAsync(db, cancellationToken);

    public async Task DeleteRolesAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken)
    {
        if (roleIds.Count > 0)
        {
            await db.Roles.Where(r => roleIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            await RoleSearchRows.RemoveAsync(db, roleIds, cancellationToken);
        }
    }

    public async Task RewriteLinksAsync(CareerGuideDbContext db, IReadOnlyCollection<(int RoleId, string LinksJson)> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return;
        }

        using var update = await PreparedStatement.PrepareAsync(db, "UPDATE Roles SET Links = ?1 WHERE Id = ?2", cancellationToken);
        foreach (var (roleId, links) in changed)
        {
            update.Run([links, roleId]);
        }
    }

    /// <summary>SQLite's indexes are whole as soon as each row is written.</summary>
    public Task CompleteRunAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task InsertAsync<TEntity>(CareerGuideDbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        using var inserter = await TableInserter.CreateAsync<TEntity>(db, cancellationToken);
        inserter.Insert(rows);
    }
}
