using System.Runtime.CompilerServices;

namespace CareerGuide.Web.Ingestion;

/// <summary>What ingestion in this process is doing and last did, and whether the watcher watches, for the readiness check.</summary>
public sealed class IngestionState
{
    private IngestionReport? _last;
    private string? _failure;
    private StrongBox<DateTimeOffset>? _runningSince;
    private string? _watcherProblem;

    public IngestionReport? Last => Volatile.Read(ref _last);

    /// <summary>Why the last run failed outright (an exception, not a guide's errors), or null.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>When the run going on now started, or null when none is.</summary>
    public DateTimeOffset? RunningSince => Volatile.Read(ref _runningSince)?.Value;

    /// <summary>Why the watcher is not watching although it should, or null.</summary>
    public string? WatcherProblem => Volatile.Read(ref _watcherProblem);

    public void Started(DateTimeOffset at) => Volatile.Write(ref _runningSince, new StrongBox<DateTimeOffset>(at));

    public void Completed(IngestionReport report)
    {
        Volatile.Write(ref _last, report);
        Volatile.Write(ref _failure, null);
    }

    public void Failed(Exception exception) => Volatile.Write(ref _failure, $"{exception.GetType().Name}: {exception.Message}");

    public void Ended() => Volatile.Write(ref _runningSince, null);

    public void WatcherStopped(string problem) => Volatile.Write(ref _watcherProblem, problem);

    public void WatcherWatching() => Volatile.Write(ref _watcherProblem, null);
}
