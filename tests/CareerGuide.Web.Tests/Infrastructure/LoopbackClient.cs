using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>
/// Gives every request the loopback address Kestrel would report for a proxy on the same machine: the test server
/// leaves it unset, and with no address at all the forwarded-headers middleware cannot tell a known proxy from anyone.
/// </summary>
public sealed class LoopbackClient : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            return following(context);
        });
        next(app);
    };
}
