using CareerGuide.Testing;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Parsing;
using Serilog.Sinks.Async;

namespace CareerGuide.Web.Tests.Logging;

/// <summary>The console is written off the request's thread: what is still queued when a process ends gets written, and request lines left out when it falls behind are counted aloud.</summary>
public sealed class ConsoleLogTests
{
    [Fact]
    public async Task The_ingest_verb_writes_out_its_queued_log_lines_before_it_exits()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());

        using var run = SiteProcess.Ingest(site);
        Assert.Equal(0, await run.WaitForExitAsync());

        // The verb prints its summary itself; the ingestor's log line of the same run came through the console buffer.
        Assert.Single(run.Lines, line => line.Contains(" INF] Ingested content: 1 added", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ConsoleLogBuffer.Capacity / 2, false)]
    [InlineData(ConsoleLogBuffer.Capacity, true)]
    public void An_ordinary_request_line_is_left_out_only_while_the_console_is_far_behind(int waiting, bool leftOut)
    {
        var buffer = new ConsoleLogBuffer();
        buffer.StartMonitoring(new Backlog(waiting));

        Assert.Equal(leftOut, buffer.LeavesOut(RequestLine(LogEventLevel.Information)));
        Assert.Equal(leftOut ? 1 : 0, buffer.LeftOut);
    }

    [Fact]
    public void A_failed_request_line_and_every_other_line_wait_for_room_however_far_behind_the_console_is()
    {
        var buffer = new ConsoleLogBuffer();
        buffer.StartMonitoring(new Backlog(ConsoleLogBuffer.Capacity));

        Assert.False(buffer.LeavesOut(RequestLine(LogEventLevel.Error)));
        Assert.False(buffer.LeavesOut(Event(LogEventLevel.Information, "CareerGuide.Web.Ingestion.ContentIngestor")));
        Assert.Equal(0, buffer.LeftOut);
    }

    [Fact]
    public async Task Request_lines_left_out_are_counted_in_a_warning_when_the_site_stops()
    {
        var log = new CapturedLog();
        using var loggers = new SerilogLoggerFactory(new LoggerConfiguration().WriteTo.Sink(log).CreateLogger(), dispose: true);
        var buffer = new ConsoleLogBuffer();
        buffer.StartMonitoring(new Backlog(ConsoleLogBuffer.Capacity));
        using var report = new ConsoleBacklogReport(buffer, TimeProvider.System, loggers.CreateLogger<ConsoleBacklogReport>());

        await report.StartAsync(CancellationToken.None);
        for (var i = 0; i < 42; i++)
        {
            buffer.LeavesOut(RequestLine(LogEventLevel.Information));
        }

        await report.StopAsync(CancellationToken.None);

        var warning = Assert.Single(log.Messages(LogEventLevel.Warning));
        Assert.Contains("42 request lines left out", warning, StringComparison.Ordinal);
    }

    private static LogEvent RequestLine(LogEventLevel level) => Event(level, "Serilog.AspNetCore.RequestLoggingMiddleware");

    private static LogEvent Event(LogEventLevel level, string source) => new(
        DateTimeOffset.UtcNow, level, null, new MessageTemplateParser().Parse("A line"), [new LogEventProperty(Constants.SourceContextPropertyName, new ScalarValue(source))]);

    /// <summary>The console sink's buffer as the sink shows it, with so many events waiting.</summary>
    private sealed record Backlog(int Count) : IAsyncLogEventSinkInspector
    {
        public int BufferSize => ConsoleLogBuffer.Capacity;

        public long DroppedMessagesCount => 0;
    }
}
