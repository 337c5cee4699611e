using Microsoft.AspNetCore.DataProtection;

namespace CareerGuide.Web.Site;

public static class SiteServiceExtensions
{
    public static IHostApplicationBuilder AddSite(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<SiteOptions>();
        builder.Services.AddSingleton<SiteAddress>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SiteAddress>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SiteLinks>();
        builder.Services.AddScoped<SiteUrls>();
        builder.Services.AddSingleton<ShareImageRenderer>();
        builder.Services.AddMemoryCache(options => options.SizeLimit = 2_000);
        builder.AddPersistentKeys();
        return builder;
    }

    /// <summary>
    /// Data protection keys in a folder (<c>DataProtection:KeysPath</c>, by default App_Data/keys) that outlives a
    /// restart or a redeploy, so editors stay signed in; named for the application, not for the folder it runs from.
    /// </summary>
    private static void AddPersistentKeys(this IHostApplicationBuilder builder)
    {
        var folder = Path.GetFullPath(builder.Configuration["DataProtection:KeysPath"] ?? Path.Combine("App_Data", "keys"), builder.Environment.ContentRootPath);
        builder.Services.AddDataProtection().SetApplicationName("CareerGuide").PersistKeysToFileSystem(new DirectoryInfo(folder));
    }
}
