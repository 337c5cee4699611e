using System.Net;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Site;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto decide the client's address (rate limits, logs) and scheme (HSTS) only when
/// the request comes from a proxy named in ForwardedHeaders:KnownProxies or inside ForwardedHeaders:KnownNetworks.
/// Every request here comes from 127.0.0.1, as from an nginx on the same machine.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "127.0.0.1", true)]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8", true)]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/8,127.0.0.0/8", true)]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.9.8.7", false)]
    public async Task Two_clients_behind_a_known_proxy_have_a_rate_limit_each_and_behind_an_unknown_one_share_the_proxy_s(string key, string value, bool separate)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = FromLoopback(site.In("Production", (key, value), ("RateLimits:PerClientPer10Seconds", "1"))).CreateClient();

        using var first = await SearchAsync(client, "203.0.113.1", "support");
        using var second = await SearchAsync(client, "203.0.113.2", "help");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(separate ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.9.8.7", false)]
    public async Task Https_forwarded_by_a_known_proxy_gets_hsts_and_claimed_by_anyone_else_does_not(string knownProxy, bool hsts)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = FromLoopback(site.In("Production", ("ForwardedHeaders:KnownProxies:0", knownProxy))).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/support-specialist");
        request.Headers.Add("X-Forwarded-Proto", "https");
        // HSTS is never sent to localhost, the test server's default host.
        request.Headers.Host = "careers.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hsts, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("127.0.0.1", "203.0.113.7")]
    [InlineData("10.9.8.7", "127.0.0.1")]
    public async Task The_request_log_names_the_forwarded_client_only_behind_a_known_proxy(string knownProxy, string logged)
    {
        var log = new CapturedLog();
        await using var site = CareerGuideFactory.WithRepositoryContent().WithServices(services => services.AddSingleton<ILogEventSink>(log));
        using var client = FromLoopback(site.In("Production", ("ForwardedHeaders:KnownProxies:0", knownProxy), ("Serilog:MinimumLevel:Default", "Information"))).CreateClient();

        using var response = await SearchAsync(client, "203.0.113.7", "support");

        // Rendered by Serilog, a text property reads in quotes.
        Assert.Contains(log.Messages(LogEventLevel.Information), line => line.StartsWith($"HTTP \"GET\" \"/search\" from \"{logged}\" ", StringComparison.Ordinal));
    }

    private static WebApplicationFactory<Program> FromLoopback(WebApplicationFactory<Program> site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClient>()));

    private static Task<HttpResponseMessage> SearchAsync(HttpClient client, string forwardedFor, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/search?q={query}");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
