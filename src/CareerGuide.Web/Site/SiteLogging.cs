using Serilog;
using Serilog.Formatting;

namespace CareerGuide.Web.Site;

/// <summary>Serilog for the whole site: levels from configuration, one console line per event written off the request's thread, one log line per request.</summary>
public static class SiteLogging
{
    /// <summary>The console's format: an exception follows its message on the same line, escaped like every other value.</summary>
    public static ITextFormatter ConsoleFormatter { get; } = new SingleLineFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Exception}");

    public static IHostApplicationBuilder AddSiteLogging(this IHostApplicationBuilder builder)
    {
        // The console sink is always there, so a missing appsettings.json never silences the log. Each host keeps its
        // own logger instead of the static Log.Logger, which the last host started in a process would take over; the
        // host disposes it when it is disposed, and that writes out whatever the console buffer still holds.
        builder.Services.AddSingleton<ConsoleLogBuffer>();
        builder.Services.AddHostedService<ConsoleBacklogReport>();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                var buffer = services.GetRequiredService<ConsoleLogBuffer>();
                logger
                    .ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Filter.ByExcluding(buffer.LeavesOut)
                    // Full, a log call waits for room rather than drop its line: request lines stop short of that (see
                    // ConsoleLogBuffer), and what is left (a burst of ingestion diagnostics, an error) must not be lost.
                    .WriteTo.Async(console => console.Console(ConsoleFormatter), ConsoleLogBuffer.Capacity, blockWhenFull: true, monitor: buffer);
            },
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request. A reader who leaves before the page is made cancels its work; that is no error of the
    /// site's, so it ends here as a 499 in that line instead of an exception with its stack trace.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app
        .UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            // The client's address: behind a known proxy (ForwardedHeaders), the one it forwarded.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} from {ClientAddress} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        })
        .Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                }
            }
        });
}
