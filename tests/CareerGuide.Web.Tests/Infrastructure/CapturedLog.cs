using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>A Serilog sink the site picks up from its services (<c>ReadFrom.Services</c>): every event it logs, kept for the test to read.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The rendered messages of every event at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<string> Messages(LogEventLevel level) =>
        [.. _events.Where(e => e.Level >= level).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))];
}
