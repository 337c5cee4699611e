using System.Net.Sockets;
using System.Text;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// What goes over a real socket: no server name on any answer, and Kestrel's own answers to broken requests bare:
/// a status line and no body. (The site's own 414 for a too-long address is in <see cref="RequestLimitTests"/>.)
/// </summary>
public sealed class KestrelAnswerTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    public async Task Answers_do_not_name_the_server(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.KestrelClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.Headers.Contains("Content-Security-Policy"), "The answer must come from the site, not from a proxy.");
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }

    public static TheoryData<string, int> BrokenRequests => new()
    {
        // "Connection: close" on each, so a request Kestrel did not refuse ends too, with a status the test reports.
        { "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nthis line has no colon\r\n\r\n", 400 },
        { "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400 },
        { $"GET /search?q={new string('a', 40_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 414 },
    };

    /// <summary>
    /// Kestrel answers these before any middleware runs, so nothing can add headers to them (Kestrel has no hook for its
    /// own error answers): what matters is that they carry no body and no server name.
    /// </summary>
    [Theory]
    [MemberData(nameof(BrokenRequests))]
    public async Task Request_kestrel_refuses_itself_gets_a_bare_status_with_no_body_and_no_server_name(string request, int status)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.KestrelClient();

        var (statusLine, headers, body) = await SendRawAsync(client.BaseAddress!, request);

        Assert.StartsWith($"HTTP/1.1 {status} ", statusLine, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 0", headers);
        Assert.DoesNotContain(headers, header => header.StartsWith("Server:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(body);
    }

    /// <summary>Writes <paramref name="request"/> as it is, reads until Kestrel closes the connection, and splits the answer.</summary>
    private static async Task<(string StatusLine, string[] Headers, string Body)> SendRawAsync(Uri address, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var answer = await reader.ReadToEndAsync();
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end >= 0, $"No complete answer: {answer}");
        var lines = answer[..end].Split("\r\n");
        return (lines[0], lines[1..], answer[(end + 4)..]);
    }
}
