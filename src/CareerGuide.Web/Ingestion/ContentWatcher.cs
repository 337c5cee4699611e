using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Re-ingests while the site runs: file events are debounced until the folder is quiet, then one ingestion
/// runs; events that arrive meanwhile queue exactly one more run.
/// </summary>
public sealed partial class ContentWatcher(
    IServiceScopeFactory scopes,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors' tools save in bursts (temp file, rename, touch); wait for a short quiet spell before ingesting.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = Path.Combine(options.Value.ResolvePath(environment), ContentOptions.RolesFolder);
        if (!options.Value.Watch || !Directory.Exists(folder))
        {
            return;
        }

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(folder, "*.md")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(object sender, EventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException());
            changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        LogWatching(folder);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            do
            {
                changes.Reader.TryRead(out _);
                await Task.Delay(Quiet, stoppingToken);
            }
            while (changes.Reader.TryPeek(out _));

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher reported an error; re-ingesting to catch up")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Live re-ingestion failed; the site keeps serving the last good content")]
    private partial void LogIngestionFailed(Exception exception);
}
