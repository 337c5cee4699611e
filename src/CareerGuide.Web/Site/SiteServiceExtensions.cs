namespace CareerGuide.Web.Site;

public static class SiteServiceExtensions
{
    public static IHostApplicationBuilder AddSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName)
            .Validate(options => options.HasValidBaseUrl(), "Site:BaseUrl must be an absolute http:// or https:// address.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SiteAddress>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SiteAddress>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SiteUrls>();
        builder.Services.AddSingleton<ShareImageRenderer>();
        builder.Services.AddMemoryCache(options => options.SizeLimit = 2_000);
        return builder;
    }
}
