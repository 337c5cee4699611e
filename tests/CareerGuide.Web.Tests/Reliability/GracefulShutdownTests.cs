using System.Net;
using System.Net.Sockets;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>Stopping the site (SIGTERM, a deployment's restart) drains the requests in flight, on a real Kestrel server.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_when_the_site_stops_gets_its_whole_page()
    {
        var gate = new RequestGate();
        await using var site = CareerGuideFactory.WithTestContent().WithServices(services =>
        {
            services.AddSingleton<IStartupFilter>(gate);
            // The default 30 s would abort the held request on a very slow machine; the test waits for events, not for time.
            services.Configure<HostOptions>(options => options.ShutdownTimeout = Waits.Limit);
        });
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        site.UseKestrel(0);
        site.StartServer();
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/roles/support-specialist", UriKind.Relative));
        request.Headers.Add(RequestGate.Header, "hold");

        Task<HttpResponseMessage> response;
        Task stopping;
        try
        {
            response = client.SendAsync(request);
            await gate.Entered.WaitAsync(Waits.Limit);
            stopping = site.Services.GetRequiredService<IHost>().StopAsync();
            await Waits.UntilAsync(limit => RefusesConnectionsAsync(client.BaseAddress!, limit), "the server to refuse new connections");
        }
        finally
        {
            gate.Release();
        }

        using var answer = await response.WaitAsync(Waits.Limit);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Support Specialist", (await HtmlPages.ParseAsync(answer)).QuerySelector("h1")?.Text());
        await stopping.WaitAsync(Waits.Limit);
    }

    /// <summary>Whether the server turns new connections away: then the shutdown has reached Kestrel, which from then on only drains.</summary>
    private static async Task<bool> RefusesConnectionsAsync(Uri server, CancellationToken limit)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(server.Host, server.Port, limit);
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }
}
