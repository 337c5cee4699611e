namespace CareerGuide.Web.Data;

/// <summary>Begins reads that take several queries and must all see one moment of the database, whatever ingestion commits meanwhile.</summary>
public interface IReadSnapshots
{
    /// <summary>Every query through <paramref name="db"/> sees the same content until the snapshot is disposed; a snapshot never waits for ingestion.</summary>
    Task<IAsyncDisposable> BeginAsync(CareerGuideDbContext db, CancellationToken cancellationToken);
}
