using CareerGuide.Web.Site;

namespace CareerGuide.Web.Ingestion;

public static class ContentServiceExtensions
{
    /// <summary>Registers the content options, the ingestor, the start-up seeding and the live watcher.</summary>
    public static IHostApplicationBuilder AddContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<ContentOptions>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Formatting.Freshness>();
        builder.Services.AddSingleton<IngestionGate>();
        builder.Services.AddSingleton<IngestionState>();
        builder.Services.AddScoped<ContentIngestor>();
        builder.Services.AddHostedService<ContentSeedingService>();
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }
}
