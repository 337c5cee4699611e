using CareerGuide.Content;
using CareerGuide.Web.Search.Sqlite;

namespace CareerGuide.Web.Data.Sqlite;

/// <summary>Inserts roles with their aliases and the search row of a published one: one prepared insert per table, inside ingestion's transaction.</summary>
internal sealed class SqliteRoleRowsWriter : IRoleRowsWriter
{
    private readonly TableInserter<Role> _roles;
    private readonly TableInserter<RoleAlias> _aliases;
    private readonly PreparedStatement _search;

    private SqliteRoleRowsWriter(TableInserter<Role> roles, TableInserter<RoleAlias> aliases, PreparedStatement search) =>
        (_roles, _aliases, _search) = (roles, aliases, search);

    public static async Task<IRoleRowsWriter> CreateAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => new SqliteRoleRowsWriter(
        await TableInserter.CreateAsync<Role>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleAlias>(db, cancellationToken),
        await RoleSearchRows.PrepareInsertAsync(db, cancellationToken));

    public void Insert(Role role, RoleGuide guide)
    {
        role.Id = checked((int)_roles.Insert(role));
        _aliases.Insert(guide.Aliases.Select(alias => new RoleAlias { RoleId = role.Id, Slug = alias }));
        // A draft is for its editors' eyes only: out of the index, its words can never surface in search or its suggestions.
        if (!guide.Draft)
        {
            _search.Run(RoleSearchRows.Row(role.Id, guide));
        }
    }

    /// <summary>Every insert is written at once.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _roles.Dispose();
        _aliases.Dispose();
        _search.Dispose();
    }
}
