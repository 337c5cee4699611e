using System.IO.Compression;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Caching;

public static class CachingServiceExtensions
{
    // Paths never cached: editors must see the truth, probes must reach the app.
    private static readonly string[] Uncached = ["/editor", "/healthz", "/css", "/js"];

    public static IHostApplicationBuilder AddCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<CachingOptions>();
        builder.Services.AddOutputCache();
        // Switched off, the output cache has no policy, so it stores nothing.
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CachingOptions>>((options, caching) =>
        {
            if (caching.Value.Enabled)
            {
                options.AddBasePolicy(policy => policy
                    .With(context => !Uncached.Any(path => context.HttpContext.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
                    .SetVaryByQuery("*")
                    .SetVaryByHeader("Accept-Encoding")
                    .AddPolicy<RoleTagPolicy>()
                    .Expire(TimeSpan.FromHours(1)));
            }
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
