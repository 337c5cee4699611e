using System.Diagnostics;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// A named pipe in place of one guide file. Opening a pipe waits for the other end, so when ingestion opens this
/// guide the test knows exactly where the run is, and the run stays there.
/// </summary>
public sealed class GuideFifo : IDisposable
{
    private readonly string _path;
    private Task<FileStream>? _opening;

    private GuideFifo(string path) => _path = path;

    public static async Task<GuideFifo> CreateAsync(string path)
    {
        await MakeAsync(path);
        return new GuideFifo(path);
    }

    /// <summary>Waits for the reader to open the pipe; it then waits for data for as long as the returned writer stays open.</summary>
    public async Task<FileStream> WaitForReaderAsync()
    {
        // open() of a pipe blocks in the kernel until a reader arrives and cannot be cancelled, so it runs on its own thread.
        // FileShare.ReadWrite takes no exclusive lock that would make the reader's open fail.
        _opening = Task.Run(() => new FileStream(_path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0));
        return await _opening.WaitAsync(Waits.Limit);
    }

    /// <summary>Puts an ordinary file back, for the run that is meant to finish.</summary>
    public void ReplaceWithFile(string text)
    {
        File.Delete(_path);
        File.WriteAllText(_path, text);
    }

    public void Dispose()
    {
        if (_opening is { IsCompleted: false } opening)
        {
            // A writer still waiting for a reader that never came is released by opening the read end here.
            using (new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                opening.Wait();
            }

            opening.Result.Dispose();
        }
    }

    private static async Task MakeAsync(string path)
    {
        File.Delete(path);
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync().WaitAsync(Waits.Limit);
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
