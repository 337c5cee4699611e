using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway redis-server of the test's own, on a free loopback port with no persistence and its files in a temp
/// folder, that the test can stop and start again on the same port. Its pid file goes under
/// <c>CAREERGUIDE_TEST_REDIS_PIDS</c> when set, so that <c>.ci/run</c> can stop any a crashed test host left running.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerguide-redis-tests", Guid.NewGuid().ToString("N"));
    private Process? _process;

    private RedisServer()
    {
        Directory.CreateDirectory(_folder);
        Port = FreeLoopbackPort.Take();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer();
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var pids = Environment.GetEnvironmentVariable("CAREERGUIDE_TEST_REDIS_PIDS") is { Length: > 0 } folder ? folder : _folder;
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder, "--pidfile", Path.Combine(pids, $"redis-{Port}.pid") },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server).");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var attempt = 0; !await AnswersAsync(); attempt++)
        {
            if (attempt == 100 || _process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING.");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var answer = new byte[7];
            var read = await stream.ReadAsync(answer);
            return Encoding.ASCII.GetString(answer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
