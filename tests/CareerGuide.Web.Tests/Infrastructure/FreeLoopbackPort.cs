using System.Net;
using System.Net.Sockets;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>A port of 127.0.0.1 that nothing listens on, for a test's own server; the OS hands it out and it is let go at once.</summary>
public static class FreeLoopbackPort
{
    public static int Take()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
