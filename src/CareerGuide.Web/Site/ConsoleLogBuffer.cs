using Serilog.Events;
using Serilog.Filters;
using Serilog.Sinks.Async;

namespace CareerGuide.Web.Site;

/// <summary>
/// The buffer between the site's log calls and the console: events wait in it for the one thread that writes them, so
/// a request does not wait for the console. When the console falls far behind, an ordinary request's line is left out
/// of the log, and counted, rather than make its request wait; every other line waits for room, so none is lost.
/// </summary>
public sealed class ConsoleLogBuffer : IAsyncLogEventSinkMonitor
{
    /// <summary>
    /// Events held before a log call waits. A console that stalls for a moment loses nothing: 10,000 requests are a
    /// third of a second at the benchmark's peak and minutes of real traffic. One that stalls for good holds about
    /// 8 MB here (a request's event takes some 800 bytes), not memory without bound.
    /// </summary>
    public const int Capacity = 10_000;

    // Request lines stop going in at nine tenths full, so the last tenth is room for the lines that must not be lost.
    private const int RequestLinesUpTo = Capacity / 10 * 9;

    private static readonly Func<LogEvent, bool> IsRequestLine = Matching.FromSource("Serilog.AspNetCore.RequestLoggingMiddleware");

    private IAsyncLogEventSinkInspector? _inspector;
    private long _leftOut;

    /// <summary>Request lines left out since the site started, because the console was that far behind.</summary>
    public long LeftOut => Interlocked.Read(ref _leftOut);

    /// <summary>Whether to leave an event out of the log: an ordinary request's line (not a failed one's) while the buffer is nearly full.</summary>
    public bool LeavesOut(LogEvent logEvent)
    {
        if (logEvent.Level > LogEventLevel.Information || _inspector is not { Count: >= RequestLinesUpTo } || !IsRequestLine(logEvent))
        {
            return false;
        }

        Interlocked.Increment(ref _leftOut);
        return true;
    }

    public void StartMonitoring(IAsyncLogEventSinkInspector inspector) => _inspector = inspector;

    public void StopMonitoring(IAsyncLogEventSinkInspector inspector) => _inspector = null;
}
