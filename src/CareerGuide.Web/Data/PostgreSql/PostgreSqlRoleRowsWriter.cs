using CareerGuide.Content;
using CareerGuide.Web.Search.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// Inserts roles with their aliases and the search row of a published one, a chunk at a time: the chunk's ids taken
/// from the roles' sequence in one query, then one binary COPY per table, inside ingestion's transaction.
/// </summary>
internal sealed class PostgreSqlRoleRowsWriter(CareerGuideDbContext db) : IRoleRowsWriter
{
    private const string NextRoleIds = """SELECT nextval(pg_get_serial_sequence('"Roles"', 'Id'))::integer AS "Value" FROM generate_series(1, @count)""";

    private readonly BinaryCopy<Role> _roles = BinaryCopy<Role>.For(db, withGeneratedKeys: true);
    private readonly BinaryCopy<RoleAlias> _aliases = BinaryCopy<RoleAlias>.For(db);
    private readonly List<(Role Role, RoleGuide Guide)> _pending = [];

    public void Insert(Role role, RoleGuide guide) => _pending.Add((role, guide));

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var ids = await db.Database.SqlQueryRaw<int>(NextRoleIds, new NpgsqlParameter("count", _pending.Count)).ToListAsync(cancellationToken);
        foreach (var ((role, _), id) in _pending.Zip(ids))
        {
            role.Id = id;
        }

        await _roles.WriteAsync(db, _pending.Select(p => p.Role), cancellationToken);
        await _aliases.WriteAsync(db, _pending.SelectMany(p => p.Guide.Aliases.Select(alias => new RoleAlias { RoleId = p.Role.Id, Slug = alias })), cancellationToken);
        // A draft is for its editors' eyes only: out of the index, its words can never surface in search or its suggestions.
        await RoleSearchVectors.WriteAsync(db, [.. _pending.Where(p => !p.Guide.Draft).Select(p => (p.Role.Id, p.Guide))], cancellationToken);
        _pending.Clear();
    }

    public void Dispose() => _pending.Clear();
}
