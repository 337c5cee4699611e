using CareerGuide.Web.Api;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Commands;
using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using CareerGuide.Web.Pages;
using CareerGuide.Web.Pages.Editor;
using CareerGuide.Web.Redis;
using CareerGuide.Web.Search;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

// A verb and its folder are positional; only the options after them are configuration.
var builder = WebApplication.CreateBuilder([.. args.SkipWhile(arg => !arg.StartsWith('-'))]);

builder.AddSiteLogging();
builder.AddData();
builder.AddContent();
builder.AddSearch();
builder.AddSite();
builder.AddProxies();
builder.AddCaching();
builder.AddRateLimits();
builder.AddRedis();
builder.AddEditor();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.Add(new PageMethods());
    options.Conventions.AddFolderApplicationModelConvention("/Editor", model => model.Filters.Add(new ServiceFilterAttribute(typeof(EditorAccessFilter))));
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options =>
{
    // HEAD is implied wherever GET is; documenting it too would give every operationId twice.
    var include = options.ShouldInclude;
    options.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? "") && include(description);
    options.AddDocumentTransformer<OpenApiServers>();
});
builder.Services.AddCors(options => options.AddPolicy(RolesApi.CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")));
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddHealthChecks()
    .AddDbContextCheck<CareerGuideDbContext>("database", tags: ["ready"])
    .AddCheck<IngestionHealthCheck>("ingestion", tags: ["ready"]);
// A probe answers within seconds whatever a dependency does: an unreachable PostgreSQL otherwise held it for the retrying
// strategy's whole round of retries, and the balancer's probe timed out instead of reading Unhealthy. PostConfigure, so
// that checks registered later (Redis's) get the limit too.
builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
{
    foreach (var check in options.Registrations)
    {
        check.Timeout = HealthProbe.CheckTimeout;
    }
});
builder.SetUpKestrel();

var app = builder.Build();

// The verbs and a start that gives up on its database end here, disposing the app: that writes out the log lines still
// queued for the console. An exception is left to escape with the app undisposed: under WebApplicationFactory the
// test host starts this same instance, and disposing it under that start made it fail with ObjectDisposedException
// instead of the exception that stopped this one.
if (await RunBeforeServingAsync(app, args) is { } exitCode)
{
    await app.DisposeAsync();
    return exitCode;
}

app.UseProxies();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseRequestTargetLimit();
app.UseCors();
app.UseRequestLogging();
app.UseErrorPages();
app.UseCaching();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false }).AnswerGetAndHead();
app.MapHealthChecks("/healthz/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AnswerGetAndHead();
app.MapHealthChecks("/healthz", new() { Predicate = check => check.Tags.Contains("ready") }).AnswerGetAndHead();
app.MapSiteEndpoints();
app.MapRolesApi();
app.MapOpenApi().AnswerGetAndHead();
app.MapRazorPages().WithStaticAssets();

return await SiteRun.ServeAsync(app, Console.Error);

// What runs before the site serves: the database made ready, and the verbs. An exit code ends the process; null serves.
static async Task<int?> RunBeforeServingAsync(WebApplication app, string[] args)
{
    // Until the host runs and handles them itself, Ctrl+C and SIGTERM end the start and the verbs through the stopping token.
    using var signals = new StopSignals(app.Lifetime);
    var stopping = app.Lifetime.ApplicationStopping;
    try
    {
        StartupSettings.Check(app.Services);

        // Every start but validate's (which must not create or migrate a database) first gets the database ready, or ends saying why.
        IReadOnlyList<string>? applied = args is ["validate", ..] ? [] : await DatabaseSetup.PrepareAsync(app.Services, stopping);
        if (applied is null)
        {
            return DatabaseSetup.UnavailableExitCode;
        }

        // Verbs run the same configuration as the site, then exit instead of serving.
        return args switch
        {
            ["validate", var folder, ..] when !folder.StartsWith('-') => await ValidateCommand.RunAsync(app.Services, folder, Console.Out, stopping),
            ["validate", ..] => await ValidateCommand.RunAsync(app.Services, null, Console.Out, stopping),
            ["ingest", ..] => await IngestCommand.RunAsync(app.Services, Console.Out, stopping),
            ["migrate", ..] => await MigrateCommand.RunAsync(app.Services, applied, Console.Out),
            _ => null,
        };
    }
    catch (OperationCanceledException) when (stopping.IsCancellationRequested)
    {
        return StopSignals.StoppedExitCode;
    }
    catch (Exception e) when (StartupSettings.Failures(e) is [_, ..] failures && StartupSettings.EndsTheProcess)
    {
        await StartupSettings.ReportAsync(failures, Console.Error);
        return StartupSettings.InvalidExitCode;
    }
}
