using System.Diagnostics;
using System.Text;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// The site, or one of its verbs, run as an OS process of its own in Production, the way a deployment runs it,
/// so a test can kill it with SIGKILL: no finally block, no rollback and no disposal run inside it, only SQLite's journal is left.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    /// <summary>The line Kestrel logs once it listens, followed by the address.</summary>
    private const string ListeningLine = "Now listening on: ";

    private static readonly Lazy<string> WebAssembly = new(FindWebAssembly);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(CareerGuideFactory site, string[] arguments, (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [WebAssembly.Value, .. arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssembly.Value),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Path"] = site.ContentRoot;
        start.Environment["Database__Provider"] = site.Provider;
        start.Environment["ConnectionStrings__CareerGuide"] = site.ConnectionString;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Whether the verb got as far as printing its summary, which it does only after committing.</summary>
    public bool Finished => Output.Contains("Ingested content:", StringComparison.Ordinal);

    public bool HasExited => _process.HasExited;

    /// <summary>The non-empty lines written so far.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The address the site listens on, once it has said so.</summary>
    public Uri? ListeningAddress =>
        Lines.FirstOrDefault(line => line.Contains(ListeningLine, StringComparison.Ordinal)) is { } line
            ? new Uri(line[(line.IndexOf(ListeningLine, StringComparison.Ordinal) + ListeningLine.Length)..])
            : null;

    /// <summary>Starts the <c>ingest</c> verb over the site's content folder and database; settings are configuration keys.</summary>
    public static SiteProcess Ingest(CareerGuideFactory site, params (string Key, string Value)[] settings) => new(site, ["ingest"], settings);

    /// <summary>Starts the <c>migrate</c> verb on the site's database; settings are configuration keys.</summary>
    public static SiteProcess Migrate(CareerGuideFactory site, params (string Key, string Value)[] settings) => new(site, ["migrate"], settings);

    /// <summary>Starts the site itself on a free port of 127.0.0.1.</summary>
    public static SiteProcess Serve(CareerGuideFactory site, params (string Key, string Value)[] settings) => ServeAt(site, "http://127.0.0.1:0", settings);

    /// <summary>Starts the site itself at <paramref name="url"/>.</summary>
    public static SiteProcess ServeAt(CareerGuideFactory site, string url, params (string Key, string Value)[] settings) => new(site, ["--urls", url], settings);

    /// <summary>Runs the verb over the site's content folder and database, and checks that it succeeded.</summary>
    public static async Task RunIngestToCompletionAsync(CareerGuideFactory site)
    {
        using var run = Ingest(site);
        var exitCode = await run.WaitForExitAsync();
        Assert.True(exitCode == 0 && run.Finished, $"ingest exited with {exitCode}:\n{run.Output}");
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Waits.Limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', _process.StartInfo.ArgumentList.Skip(1))} did not end within {Waits.Limit}:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux, TerminateProcess on Windows: the process gets no chance to clean up. A process that already ended is left as it is.</summary>
    public async Task KillAsync()
    {
        KillIfRunning();
        await WaitForExitAsync();
    }

    public void Dispose()
    {
        KillIfRunning();
        _process.Dispose();
    }

    private void KillIfRunning()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>
    /// The site's build output, runnable with <c>dotnet</c>: the copy next to the tests when the SDK brought its
    /// runtimeconfig.json and deps.json along, else the web project's own bin folder of the same configuration.
    /// </summary>
    private static string FindWebAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testFolder.Name, testFolder.Parent?.Name ?? "Debug");
        var repositoryRoot = Path.GetDirectoryName(RepositoryContent.Folder)!;
        string[] candidates =
        [
            typeof(Program).Assembly.Location,
            Path.Combine(repositoryRoot, "src", "CareerGuide.Web", "bin", configuration, framework, "CareerGuide.Web.dll"),
        ];
        return candidates.FirstOrDefault(IsRunnable)
            ?? throw new InvalidOperationException($"No runnable CareerGuide.Web.dll (with runtimeconfig.json and deps.json) at {string.Join(" or ", candidates)}.");
    }

    private static bool IsRunnable(string assembly) =>
        File.Exists(assembly)
        && File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json"))
        && File.Exists(Path.ChangeExtension(assembly, ".deps.json"));
}
