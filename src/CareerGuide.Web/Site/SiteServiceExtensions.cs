namespace CareerGuide.Web.Site;

public static class SiteServiceExtensions
{
    public static IHostApplicationBuilder AddSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SiteUrls>();
        builder.Services.AddSingleton<ShareImageRenderer>();
        builder.Services.AddMemoryCache(options => options.SizeLimit = 2_000);
        return builder;
    }
}
