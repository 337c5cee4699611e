using System.Diagnostics;
using System.Globalization;
using CareerGuide.Web.Tests.Reliability;
using Npgsql;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server of the test's own (Debian's binaries under /usr/lib/postgresql/*/bin), with its data,
/// socket and log in a temp folder (under <see cref="FoldersVariable"/> when set) and on a free loopback port, that the test can stop and start again on that port
/// without touching the server the rest of the run shares. PostgreSQL refuses to run as root: run as root, every
/// command runs as the postgres user, who owns the folder.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "postgres";

    private static readonly Lazy<string> Binaries = new(FindBinaries);

    /// <summary>Names the folder the servers' folders go in, so that <c>.ci/run</c> can stop any a crashed test host left running.</summary>
    public const string FoldersVariable = "CAREERGUIDE_TEST_POSTGRES_SERVERS";

    private readonly string _folder = Path.Combine(
        Environment.GetEnvironmentVariable(FoldersVariable) is { Length: > 0 } folders ? folders : Path.Combine(Path.GetTempPath(), "careerguide-postgres-tests"),
        Guid.NewGuid().ToString("N"));
    private bool _running;

    private PostgresServer()
    {
        Directory.CreateDirectory(_folder);
        Port = FreeLoopbackPort.Take();
    }

    public int Port { get; }

    /// <summary>An Npgsql connection string to the server's maintenance database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = "postgres" }.ToString();

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", User, server._folder);
            }

            await PgAsync("initdb", "-A", "trust", "-U", User, "-E", "UTF8", "--locale=C.UTF-8", "-D", server.DataFolder);
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server on its port and returns once it accepts connections (<c>pg_ctl -w</c>).</summary>
    public async Task StartAgainAsync()
    {
        // fsync off: the data is thrown away, and a loaded machine's disk is slow enough already.
        await PgAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        _running = true;
    }

    /// <summary>Stops the server the way an operator's restart does (<c>-m fast</c>: sessions are ended, not waited for).</summary>
    public async Task StopAsync()
    {
        await PgAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "120", "stop");
        _running = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static Task PgAsync(string program, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", User, "--", Path.Combine(Binaries.Value, program), .. arguments])
            : RunAsync(Path.Combine(Binaries.Value, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Waits.Limit);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await errors}");
        }
    }

    /// <summary>The newest installed version's binaries.</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root) ? Directory.GetDirectories(root).Where(v => File.Exists(Path.Combine(v, "bin", "pg_ctl"))).ToList() : [];
        return versions.Count == 0
            ? throw new InvalidOperationException($"No PostgreSQL binaries under {root}/*/bin (apt-get install -y postgresql).")
            : Path.Combine(versions.OrderBy(v => int.TryParse(Path.GetFileName(v), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0).Last(), "bin");
    }
}
