using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

public static class ProxyServiceExtensions
{
    public static IHostApplicationBuilder AddProxies(this IHostApplicationBuilder builder)
    {
        // The list forms (ForwardedHeaders__KnownProxies__0=...) bind by themselves; one comma-separated value is read here.
        builder.Services.AddBoundOptions<ProxyOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            options.KnownProxies.AddRange(ProxyOptions.Split(configuration[$"{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownProxies)}"]));
            options.KnownNetworks.AddRange(ProxyOptions.Split(configuration[$"{ProxyOptions.SectionName}:{nameof(ProxyOptions.KnownNetworks)}"]));
        });
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only the proxies configured are believed.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
            }

            foreach (var range in proxies.Value.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(range, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
            }
        });
        return builder;
    }

    /// <summary>Before everything else, so every later step sees the client's own address and scheme; only when proxies are configured.</summary>
    public static IApplicationBuilder UseProxies(this WebApplication app) =>
        app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any ? app.UseForwardedHeaders() : app;
}
