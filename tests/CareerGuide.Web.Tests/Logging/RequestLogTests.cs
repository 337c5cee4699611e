using System.Data.Common;
using System.Globalization;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Logging;

/// <summary>The log is one line per event that nobody can forge, and a reader who walks away costs one quiet line.</summary>
public sealed class RequestLogTests
{
    [Theory]
    [InlineData("/roles/x%0A%5B12:00:00%20ERR%5D%20forged%20line")]
    [InlineData("/roles/a%0D%0A%5B12:00:00%20ERR%5D%20forged")]
    [InlineData("/roles/x%E2%80%A8forged%C2%85line%1Bterminal")]
    public async Task A_request_with_line_breaks_in_its_address_is_logged_on_one_line(string path)
    {
        var log = new CapturedLog();
        await using var site = CareerGuideFactory.WithRepositoryContent().WithServices(services => services.AddSingleton<ILogEventSink>(log));
        using var client = site.In("Production", ("Serilog:MinimumLevel:Default", "Information")).CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var request = log.Events.Single(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode"));
        var line = ConsoleLine(request);
        Assert.EndsWith(Environment.NewLine, line, StringComparison.Ordinal);
        var text = line[..^Environment.NewLine.Length];
        Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.Contains("forged", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_leaves_mid_request_is_one_informational_line_without_a_stack_trace()
    {
        var log = new CapturedLog();
        var stall = new StallingQuery();
        await using var site = CareerGuideFactory.WithRepositoryContent()
            .WithServices(services => services.AddSingleton<ILogEventSink>(log))
            .WithDbContextOptions(options => options.AddInterceptors(stall));
        using var client = site.In("Production", ("Serilog:MinimumLevel:Default", "Information"), ("Caching:Enabled", "false"), ("Site:BaseUrl", "http://localhost")).CreateClient();
        using var leaving = new CancellationTokenSource();

        var startUp = log.Events.Count;
        stall.Arm();
        var request = client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative), leaving.Token);
        await stall.Entered.WaitAsync(Waits.Limit);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await Waits.UntilAsync(() => log.Events.Any(e => e.Properties.ContainsKey("StatusCode")), "the request's log line");

        var sinceStartUp = log.Events.Skip(startUp).ToList();
        Assert.Empty(sinceStartUp.Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.RenderMessage(CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(sinceStartUp, e => e.Exception is not null);
        var line = Assert.Single(sinceStartUp, e => e.Properties.ContainsKey("StatusCode"));
        Assert.Equal(LogEventLevel.Information, line.Level);
    }

    private static string ConsoleLine(LogEvent logEvent)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        SiteLogging.ConsoleFormatter.Format(logEvent, output);
        return output.ToString();
    }

    /// <summary>Holds the next query once armed until the request it serves is cancelled, as a slow page would be when its reader leaves.</summary>
    private sealed class StallingQuery : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Entered => _entered.Task;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _entered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return result;
        }
    }
}
