namespace CareerGuide.Web.Commands;

/// <summary>A one-line counter on stderr for long runs; silent when stderr is redirected, so logs stay plain.</summary>
public sealed class TerminalProgress(string verb, int total) : IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private int _done;
    private long _lastDrawn;

    public void Advance()
    {
        _done++;
        var now = Environment.TickCount64;
        if (_enabled && (now - _lastDrawn > 100 || _done == total))
        {
            _lastDrawn = now;
            Console.Error.Write($"\r{verb} {_done}/{total}");
        }
    }

    public void Dispose()
    {
        if (_enabled && _done > 0)
        {
            Console.Error.Write("\r\u001b[2K");
        }
    }
}
