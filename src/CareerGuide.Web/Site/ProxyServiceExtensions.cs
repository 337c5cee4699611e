using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CareerGuide.Web.Site;

public static class ProxyServiceExtensions
{
    public static IHostApplicationBuilder AddProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .Validate(options => options.AreValid(), "ForwardedHeaders:KnownProxies takes IP addresses and ForwardedHeaders:KnownNetworks CIDR ranges such as 10.0.0.0/8.")
            .ValidateOnStart();
        var proxies = builder.Configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only the proxies configured are believed.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies.Where(p => IPAddress.TryParse(p, out _)))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks.Where(n => System.Net.IPNetwork.TryParse(n, out _)))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>Before everything else, so every later step sees the client's own address and scheme; only when proxies are configured.</summary>
    public static IApplicationBuilder UseProxies(this WebApplication app) =>
        app.Configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() is { Any: true } ? app.UseForwardedHeaders() : app;
}
