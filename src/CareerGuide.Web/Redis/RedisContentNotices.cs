using System.Globalization;
using CareerGuide.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CareerGuide.Web.Redis;

/// <summary>
/// The notice that content changed, shared through Redis. An ingestion on any instance takes the next generation
/// number, records it for every changed tag and publishes the tags; every instance, the ingesting one included,
/// moves those tags to that generation once (which resets its in-memory lists and re-keys its cached pages), and the
/// ingesting one evicts the tags from the shared output cache, once. Because the numbers are shared, every instance
/// keys a page alike and finds what another cached. A notice that cannot reach Redis is applied here at once and
/// sent when Redis returns; an instance that returns re-reads the generations it may have missed. Every few seconds each
/// instance also does both: a notice reaches only the instances subscribed at that moment, and one whose link came back
/// a moment after another published, or whose first try to send a kept notice met a link not yet back, would
/// otherwise wait for the next change.
/// </summary>
public sealed partial class RedisContentNotices(RedisConnection redis, ContentVersions versions, IOutputCacheStore store, ILogger<RedisContentNotices> logger)
    : IContentChangeListener, IHostedService, IDisposable
{
    private const string GenerationKey = "careerguide:content:generation";
    private const string VersionsKey = "careerguide:content:versions";

    // Publishes the tags with one new generation number, atomically: a notice is never seen without its numbers. The
    // number is above every one the publisher knows, so a Redis restarted empty cannot hand out a number already used.
    private const string PublishScript = """
        local generation = redis.call('INCR', KEYS[1])
        local known = tonumber(ARGV[2])
        if generation <= known then
          generation = known + 1
          redis.call('SET', KEYS[1], generation)
        end
        for i = 3, #ARGV do redis.call('HSET', KEYS[2], ARGV[i], generation) end
        redis.call('PUBLISH', ARGV[1], generation .. '\n' .. table.concat(ARGV, '\n', 3))
        return generation
        """;

    // After a reconnect: the counter raised to the highest number this instance knows, for the same reason.
    private const string RaiseScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
        return 0
        """;

    private static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task _catchingUp = Task.CompletedTask;
    private readonly Lock _pendingLock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private int _subscribed;

    // Channels are shared by every database of a server; the database number keeps sites on different databases apart.
    private RedisChannel Channel => RedisChannel.Literal($"careerguide:{Database.Database}:content-changed");

    private IDatabase Database => redis.Multiplexer.GetDatabase();

    public async Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        string[] tags = [CacheTags.Lists, .. slugs.Select(CacheTags.Role)];
        if (!await TryPublishAsync(tags))
        {
            // Redis is away, so nothing is cached; this instance's lists must still show the change at once.
            lock (_pendingLock)
            {
                _pending.UnionWith(tags);
            }

            LogNoticeKept(tags.Length - 1);
            foreach (var tag in tags)
            {
                versions.Advance(tag);
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Restored += () => _ = CatchUpAsync();
        await SubscribeAsync();
        await ReadGenerationsAsync();
        _catchingUp = CatchUpRegularlyAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _catchingUp;
    }

    public void Dispose() => _stopping.Dispose();

    private async Task CatchUpRegularlyAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(CatchUpEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (redis.IsConnected)
                {
                    await CatchUpAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stops: nothing is left to catch up with.
        }
    }

    private async Task<bool> TryPublishAsync(string[] tags)
    {
        try
        {
            var generation = (long)await Database.ScriptEvaluateAsync(PublishScript, [GenerationKey, VersionsKey],
                [Channel.ToString(), versions.Highest, .. tags.Select(tag => (RedisValue)tag)]);
            Apply(generation, tags);
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }

            return true;
        }
        catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
        {
            return false;
        }
    }

    private void Apply(long generation, IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            versions.AdvanceTo(tag, generation);
        }
    }

    private void OnNotice(RedisValue message)
    {
        var lines = message.ToString().Split('\n');
        if (lines.Length > 1 && long.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            Apply(generation, lines.Skip(1));
        }
    }

    private async Task CatchUpAsync()
    {
        string[] pending;
        lock (_pendingLock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        if (pending.Length > 0 && !await TryPublishAsync(pending))
        {
            lock (_pendingLock)
            {
                _pending.UnionWith(pending);
            }
        }

        await SubscribeAsync();
        await ReadGenerationsAsync();
    }

    private async Task SubscribeAsync()
    {
        // Once: the client itself subscribes again after a reconnect, and a second handler would hear every notice twice.
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            return;
        }

        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnNotice(message));
        }
        catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
        {
            Volatile.Write(ref _subscribed, 0);
            LogNotSubscribed(e.Message);
        }
    }

    private async Task ReadGenerationsAsync()
    {
        try
        {
            await Database.ScriptEvaluateAsync(RaiseScript, [GenerationKey], [versions.Highest]);
            foreach (var entry in await Database.HashGetAllAsync(VersionsKey))
            {
                versions.AdvanceTo(entry.Name.ToString(), (long)entry.Value);
            }
        }
        catch (Exception e) when (SkippingOutputCacheStore.IsUnreachable(e))
        {
            LogNotSubscribed(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: the change to {Count} roles shows on this instance now and on the others when Redis returns (if this process is still running then)")]
    private partial void LogNoticeKept(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content notices wait for Redis: {Reason}")]
    private partial void LogNotSubscribed(string reason);
}
