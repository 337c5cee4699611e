using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Lets one ingestion run at a time, whether started at start-up, by the watcher or by a verb: one in this process,
/// and, through the provider's lock (<see cref="IDatabaseStartup.LockIngestionAsync"/>), one across every instance
/// that shares the database.
/// </summary>
public sealed class IngestionGate(IDatabaseStartup startup) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for this process's turn, then for the database's; disposing the result lets the next run in.</summary>
    public async Task<IAsyncDisposable> EnterAsync(CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return new Entered(this, await startup.LockIngestionAsync(db, cancellationToken));
        }
        catch
        {
            _semaphore.Release();
            throw;
        }
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Entered(IngestionGate gate, IAsyncDisposable databaseLock) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await databaseLock.DisposeAsync();
            }
            finally
            {
                gate._semaphore.Release();
            }
        }
    }
}
