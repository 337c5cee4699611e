namespace CareerGuide.Web.Site;

/// <summary>
/// Says in the log itself when the console fell so far behind that request lines were left out, and how many, so a
/// gap in the log is never silent. It reports every ten seconds while the count grows, and once more at stop.
/// </summary>
public sealed partial class ConsoleBacklogReport(ConsoleLogBuffer buffer, TimeProvider clock, ILogger<ConsoleBacklogReport> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private long _reported;

    /// <summary>The last report, of what was left out since the last tick, before the host is disposed and the buffer drains.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Report();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Report();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the end of the loop, not a failure. Without this, a start that fails (its port taken, say)
            // disposes the host without stopping it, and the host logs this service as failed, twice, under the real error.
        }
    }

    private void Report()
    {
        var leftOut = buffer.LeftOut;
        if (leftOut > _reported)
        {
            LogLeftOut(ConsoleLogBuffer.Capacity, leftOut);
            _reported = leftOut;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The console fell behind its buffer of {Capacity} log events: {LeftOut} request lines left out since the site started, so that no request waited for it")]
    private partial void LogLeftOut(int capacity, long leftOut);
}
