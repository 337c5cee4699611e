using System.Globalization;
using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Levels come from configuration; the console sink is always there, so a missing appsettings.json never silences the log.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture));
builder.AddData();
builder.AddContent();
builder.Services.AddRazorPages();
builder.Services.AddHealthChecks().AddDbContextCheck<CareerGuideDbContext>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseSerilogRequestLogging();
app.UseStatusCodePagesWithReExecute("/not-found");
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapRazorPages().WithStaticAssets();

app.Run();
