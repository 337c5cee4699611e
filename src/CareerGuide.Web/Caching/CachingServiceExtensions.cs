using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareerGuide.Web.Caching;

public static class CachingServiceExtensions
{
    // Paths never cached: editors must see the truth, probes must reach the app.
    private static readonly string[] Uncached = ["/editor", "/healthz", "/css", "/js"];

    public static IHostApplicationBuilder AddCaching(this IHostApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetSection(CachingOptions.SectionName).Get<CachingOptions>()?.Enabled ?? true;
        builder.Services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
                .With(context => enabled && !Uncached.Any(path => context.HttpContext.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept-Encoding")
                .AddPolicy<RoleTagPolicy>()
                .Expire(TimeSpan.FromHours(1)));
        });
        builder.Services.AddSingleton<ContentVersions>();
        builder.Services.AddSingleton<IContentChangeListener, OutputCacheEviction>();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/atom+xml", "application/problem+json", "text/markdown"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Output cache outside compression, so compressed bytes are cached (varying by Accept-Encoding); ETags inside both.</summary>
    public static IApplicationBuilder UseCaching(this IApplicationBuilder app) => app
        .UseOutputCache()
        .UseResponseCompression()
        .UseMiddleware<ETagMiddleware>();
}
