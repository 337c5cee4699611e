namespace CareerGuide.Web.Ingestion;

/// <summary>What the last ingestion run in this process did, for the readiness check.</summary>
public sealed class IngestionState
{
    private IngestionReport? _last;
    private string? _failure;

    public IngestionReport? Last => Volatile.Read(ref _last);

    /// <summary>Why the last run failed outright (an exception, not a guide's errors), or null.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    public void Completed(IngestionReport report)
    {
        Volatile.Write(ref _last, report);
        Volatile.Write(ref _failure, null);
    }

    public void Failed(Exception exception) => Volatile.Write(ref _failure, $"{exception.GetType().Name}: {exception.Message}");
}
