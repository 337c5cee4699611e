using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerGuide.Web.Redis;

/// <summary>
/// The site's one connection to Redis (<c>ConnectionStrings:Redis</c>), shared by the output cache, the rate limits
/// and the content notices. It never waits for a Redis that is away: commands fail at once while it is disconnected,
/// and it reconnects by itself. Losing and regaining Redis is logged once each, not once per request.
/// </summary>
public sealed partial class RedisConnection : IDisposable
{
    public const string ConnectionStringKey = "ConnectionStrings:Redis";

    private readonly ILogger<RedisConnection> _logger;
    private int _down;

    public RedisConnection(IOptions<RedisOptions> settings, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var options = ConfigurationOptions.Parse(settings.Value.Redis ?? "");
        // Start and serve without Redis rather than fail: it is a cache, and the site works uncached.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        Multiplexer = ConnectionMultiplexer.Connect(options);
        Multiplexer.ConnectionFailed += (_, e) => Lost($"{e.FailureType} on {e.EndPoint}");
        Multiplexer.ConnectionRestored += (_, _) => Regained();
        if (!Multiplexer.IsConnected)
        {
            Lost("no answer at start");
        }
    }

    public IConnectionMultiplexer Multiplexer { get; }

    public bool IsConnected => Multiplexer.IsConnected;

    /// <summary>Raised each time a link to Redis comes back (the commands' and the subscriptions' each), to catch up on what was missed.</summary>
    public event Action? Restored;

    public void Dispose() => Multiplexer.Dispose();

    private void Lost(string reason)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogLost(ConnectionStringKey, reason);
        }
    }

    private void Regained()
    {
        if (Multiplexer.IsConnected && Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogRegained();
        }

        Restored?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis ({Key}) is unreachable ({Reason}): serving uncached, with per-instance rate limits, until it returns")]
    private partial void LogLost(string key, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: caching and shared rate limits resume")]
    private partial void LogRegained();
}
