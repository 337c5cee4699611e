using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Re-ingests while the site runs: file events are debounced until the folder is quiet, then one ingestion
/// runs; events that arrive meanwhile queue exactly one more run.
/// </summary>
public sealed partial class ContentWatcher(
    IServiceScopeFactory scopes,
    IngestionState state,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors' tools save in bursts (temp file, rename, touch); wait for a short quiet spell before ingesting.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var ingesting = IngestOnChangesAsync(changes.Reader, stoppingToken);
        try
        {
            await WatchWhileThereAsync(changes.Writer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the ingestion loop ends on the same token.
        }

        await ingesting.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>
    /// Watches the roles folder for as long as it is there; when it goes (removed, moved) or the watcher breaks, says so
    /// to the readiness check, waits for the folder to come back, watches it anew and catches up with one ingestion.
    /// </summary>
    private async Task WatchWhileThereAsync(ChannelWriter<bool> changes, CancellationToken stoppingToken)
    {
        var folder = Path.Combine(options.Value.ResolvePath(environment), ContentOptions.RolesFolder);
        var interval = options.Value.WatchCheckInterval;
        for (var first = true; !stoppingToken.IsCancellationRequested; first = false)
        {
            if (!Directory.Exists(folder))
            {
                state.WatcherStopped($"{folder} is missing");
                await Task.Delay(interval, stoppingToken);
                continue;
            }

            var broken = false;
            using (var watcher = new FileSystemWatcher(folder, "*.md") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size })
            {
                void Signal(object sender, EventArgs e) => changes.TryWrite(true);
                watcher.Changed += Signal;
                watcher.Created += Signal;
                watcher.Deleted += Signal;
                watcher.Renamed += Signal;
                watcher.Error += (_, e) =>
                {
                    LogWatcherError(e.GetException());
                    broken = true;
                };
                watcher.EnableRaisingEvents = true;
                state.WatcherWatching();
                LogWatching(folder);
                if (!first)
                {
                    // Whatever changed while nothing watched is caught up with now.
                    changes.TryWrite(true);
                }

                while (!Volatile.Read(ref broken) && Directory.Exists(folder))
                {
                    await Task.Delay(interval, stoppingToken);
                }
            }

            state.WatcherStopped(broken ? "the file watcher reported an error" : $"{folder} is missing");
            LogWatchingStopped(folder);
        }
    }

    private async Task IngestOnChangesAsync(ChannelReader<bool> changes, CancellationToken stoppingToken)
    {
        while (await changes.WaitToReadAsync(stoppingToken))
        {
            do
            {
                changes.TryRead(out _);
                await Task.Delay(Quiet, stoppingToken);
            }
            while (changes.TryPeek(out _));

            await IngestAsync(stoppingToken);
        }
    }

    private async Task IngestAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ContentIngestor>().IngestAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run changes nothing (it is one transaction); the next file event tries again.
            LogIngestionFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for changed guides")]
    private partial void LogWatching(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped watching {Folder}: it is gone or the watcher broke; watching again once it is back")]
    private partial void LogWatchingStopped(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher reported an error; watching anew and re-ingesting to catch up")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Live re-ingestion failed; the site keeps serving the last good content")]
    private partial void LogIngestionFailed(Exception exception);
}
