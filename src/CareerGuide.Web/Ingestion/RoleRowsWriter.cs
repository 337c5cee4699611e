using CareerGuide.Content;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Inserts roles with their aliases and the search row of a published one: one prepared insert per table, inside ingestion's transaction.</summary>
public sealed class RoleRowsWriter : IDisposable
{
    private readonly TableInserter<Role> _roles;
    private readonly TableInserter<RoleAlias> _aliases;
    private readonly PreparedStatement _search;

    private RoleRowsWriter(TableInserter<Role> roles, TableInserter<RoleAlias> aliases, PreparedStatement search) =>
        (_roles, _aliases, _search) = (roles, aliases, search);

    public static async Task<RoleRowsWriter> CreateAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => new(
        await TableInserter.CreateAsync<Role>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleAlias>(db, cancellationToken),
        await RoleSearchIndex.PrepareInsertAsync(db, cancellationToken));

    /// <summary>Inserts <paramref name="role"/>, which gets its id from the database, with the aliases and search row of <paramref name="guide"/>.</summary>
    public void Insert(Role role, RoleGuide guide)
    {
        role.Id = checked((int)_roles.Insert(role));
        _aliases.Insert(guide.Aliases.Select(alias => new RoleAlias { RoleId = role.Id, Slug = alias }));
        // A draft is for its editors' eyes only: out of the index, its words can never surface in search or its suggestions.
        if (!guide.Draft)
        {
            _search.Run(RoleSearchIndex.Row(role.Id, guide));
        }
    }

    public void Dispose()
    {
        _roles.Dispose();
        _aliases.Dispose();
        _search.Dispose();
    }
}
