using System.Globalization;
using CareerGuide.Web.Api;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Commands;
using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using CareerGuide.Web.Pages.Editor;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Serilog;

// A verb and its folder are positional; only the options after them are configuration.
var builder = WebApplication.CreateBuilder([.. args.SkipWhile(arg => !arg.StartsWith('-'))]);

// Levels come from configuration; the console sink is always there, so a missing appsettings.json never silences the log.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture));
builder.AddData();
builder.AddContent();
builder.AddSite();
builder.AddCaching();
builder.AddRateLimits();
builder.AddEditor();
builder.Services.AddRazorPages(options =>
    options.Conventions.AddFolderApplicationModelConvention("/Editor", model => model.Filters.Add(new ServiceFilterAttribute(typeof(EditorAccessFilter)))));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddCors(options => options.AddPolicy(RolesApi.CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")));
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddHealthChecks()
    .AddDbContextCheck<CareerGuideDbContext>("database", tags: ["ready"])
    .AddCheck<IngestionHealthCheck>("ingestion", tags: ["ready"]);
builder.SetUpKestrel();

var app = builder.Build();

// Verbs run the same configuration as the site, then exit instead of serving.
switch (args)
{
    case ["validate", var folder, ..] when !folder.StartsWith('-'):
        return await ValidateCommand.RunAsync(app.Services, folder, Console.Out, app.Lifetime.ApplicationStopping);
    case ["validate", ..]:
        return await ValidateCommand.RunAsync(app.Services, null, Console.Out, app.Lifetime.ApplicationStopping);
    case ["ingest", ..]:
        return await IngestCommand.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseRequestTargetLimit();
app.UseCors();
app.UseSerilogRequestLogging();
app.UseErrorPages();
app.UseCaching();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapHealthChecks("/healthz/live", new() { Predicate = _ => false });
app.MapHealthChecks("/healthz/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapHealthChecks("/healthz", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapSiteEndpoints();
app.MapRolesApi();
app.MapOpenApi();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;
