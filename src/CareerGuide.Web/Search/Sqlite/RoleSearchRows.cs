using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Search.Sqlite;

/// <summary>Keeps the rows of the search table (<see cref="RoleSearchSchema"/>) in step with the roles, inside ingestion's transaction.</summary>
internal static class RoleSearchRows
{
    public static async Task RemoveAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in roleIds.Chunk(500))
        {
            var ids = string.Join(",", chunk);
            // The ids are integers from our own database, so composing them into the statement is safe.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM {RoleSearchSchema.Table} WHERE rowid IN ({ids})", cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>The insert of one role's search row; its values are <see cref="Row"/>.</summary>
    public static Task<PreparedStatement> PrepareInsertAsync(CareerGuideDbContext db, CancellationToken cancellationToken) =>
        PreparedStatement.PrepareAsync(db, RoleSearchSchema.Insert, cancellationToken);

    /// <summary>The search row of the role with id <paramref name="roleId"/>: the id, then the text of each column.</summary>
    public static object?[] Row(int roleId, RoleGuide guide) => [roleId, .. RoleSearchSchema.Columns.Select(c => c.Text(guide))];
}
