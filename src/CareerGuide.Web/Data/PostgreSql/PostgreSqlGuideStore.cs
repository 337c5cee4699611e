using CareerGuide.Web.Search.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>Ingestion's writes on PostgreSQL: binary COPY for rows, one statement for many deletions or link rewrites.</summary>
internal sealed class PostgreSqlGuideStore : IGuideStore
{
    public Task<IRoleRowsWriter> OpenWriterAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IRoleRowsWriter>(new PostgreSqlRoleRowsWriter(db));

    public async Task DeleteRolesAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken)
    {
        // Aliases and search rows go with their role (ON DELETE CASCADE); the search rows' words first, while they are there to read.
        if (roleIds.Count > 0)
        {
            await PublishedWords.RemoveAsync(db, roleIds, cancellationToken);
            await db.Roles.Where(r => roleIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public async Task RewriteLinksAsync(CareerGuideDbContext db, IReadOnlyCollection<(int RoleId, string LinksJson)> changed, CancellationToken cancellationToken)
    {
        if (changed.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Roles" AS r SET "Links" = v.links FROM unnest(@ids, @links) AS v(id, links) WHERE r."Id" = v.id""",
                [new NpgsqlParameter("ids", changed.Select(c => c.RoleId).ToArray()), new NpgsqlParameter("links", changed.Select(c => c.LinksJson).ToArray())],
                cancellationToken);
        }
    }

    public Task CompleteRunAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => RoleSearchMatches.MergePendingAsync(db, cancellationToken);

    public Task InsertAsync<TEntity>(CareerGuideDbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class => BinaryCopy<TEntity>.For(db).WriteAsync(db, rows, cancellationToken);
}
