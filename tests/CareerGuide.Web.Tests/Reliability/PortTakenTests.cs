using System.Net;
using System.Net.Sockets;
using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>A start on an address another process holds, as when an old instance has not yet let go of its port.</summary>
public sealed class PortTakenTests
{
    [Fact]
    public async Task A_start_whose_port_is_taken_ends_with_a_line_naming_the_address_and_what_to_set()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        using var start = SiteProcess.ServeAt(site, address);
        var exitCode = await start.WaitForExitAsync();

        Assert.Equal(SiteRun.AddressInUseExitCode, exitCode);
        // The host's own error line (with Kestrel's exception) comes first; this is the one that says what to do.
        var line = Assert.Single(start.Lines, line => line.Contains("ASPNETCORE_URLS", StringComparison.Ordinal));
        Assert.Contains(address, line, StringComparison.Ordinal);
        Assert.DoesNotContain(start.Lines, line => line.StartsWith("Unhandled exception", StringComparison.Ordinal));
        Assert.DoesNotContain(start.Lines, line => line.Contains("BackgroundService failed", StringComparison.Ordinal));
    }
}
