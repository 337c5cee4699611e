using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
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
