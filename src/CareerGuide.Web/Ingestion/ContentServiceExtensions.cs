namespace CareerGuide.Web.Ingestion;

public static class ContentServiceExtensions
{
    /// <summary>Registers the content options, the ingestor and the start-up seeding.</summary>
    public static IHostApplicationBuilder AddContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .Bind(builder.Configuration.GetSection(ContentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IngestionGate>();
        builder.Services.AddScoped<ContentIngestor>();
        builder.Services.AddHostedService<ContentSeedingService>();
        return builder;
    }
}
