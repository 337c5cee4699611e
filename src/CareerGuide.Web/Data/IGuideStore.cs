using CareerGuide.Content;

namespace CareerGuide.Web.Data;

/// <summary>
/// The writes of ingestion, done by its provider faster than the change tracker would (a full run writes dozens of rows
/// per guide), all inside the context's transaction.
/// </summary>
public interface IGuideStore
{
    /// <summary>A writer of roles with all their rows, for one run.</summary>
    Task<IRoleRowsWriter> OpenWriterAsync(CareerGuideDbContext db, CancellationToken cancellationToken);

    /// <summary>Deletes roles with everything they own, search rows included.</summary>
    Task DeleteRolesAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken);

    /// <summary>Stores each role's new links, already serialized as <see cref="RoleJson"/> stores them.</summary>
    Task RewriteLinksAsync(CareerGuideDbContext db, IReadOnlyCollection<(int RoleId, string LinksJson)> changed, CancellationToken cancellationToken);

    /// <summary>Finishes what the run's writes left for later, just before its transaction commits, so that the first pages after it are as fast as the next ones.</summary>
    Task CompleteRunAsync(CareerGuideDbContext db, CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="rows"/> as SaveChanges would, keys the database generates left to it.</summary>
    Task InsertAsync<TEntity>(CareerGuideDbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class;
}

/// <summary>Inserts roles with their aliases and, for a published guide, its search row.</summary>
public interface IRoleRowsWriter : IDisposable
{
    /// <summary>Inserts <paramref name="role"/>, which gets its id from the database, with the aliases and search row of <paramref name="guide"/>.</summary>
    void Insert(Role role, RoleGuide guide);

    /// <summary>Writes whatever <see cref="Insert"/> has kept back; every role inserted has its id once this returns.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
