namespace CareerGuide.Web.Ingestion;

/// <summary>Lets one ingestion run at a time in this process, whether started at start-up, by the watcher or by a verb.</summary>
public sealed class IngestionGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Release() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();
}
