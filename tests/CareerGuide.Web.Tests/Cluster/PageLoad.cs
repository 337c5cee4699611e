using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using CareerGuide.Web.Tests.Reliability;

namespace CareerGuide.Web.Tests.Cluster;

/// <summary>
/// Readers asking for pages in a loop, one request at a time each, until stopped. Every answer is kept with the
/// moment its request began, so a test can judge the requests made after an event apart from those before.
/// </summary>
public sealed class PageLoad : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly IReadOnlyList<(string Path, string Heading)> _pages;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<PageAnswer> _answers = new();
    private readonly List<Task> _readers;

    private PageLoad(HttpClient client, IReadOnlyList<(string Path, string Heading)> pages, int readers)
    {
        (_client, _pages) = (client, pages);
        _readers = [.. Enumerable.Range(0, readers).Select(seed => Task.Run(() => ReadAsync(new Random(seed))))];
    }

    /// <summary>The answers so far.</summary>
    public IReadOnlyCollection<PageAnswer> Answers => _answers;

    /// <summary>
    /// Starts <paramref name="readers"/> readers of <paramref name="pages"/> (each path with the heading its page has)
    /// through <paramref name="client"/>, whose timeout bounds each request.
    /// </summary>
    public static PageLoad Start(HttpClient client, IReadOnlyList<(string Path, string Heading)> pages, int readers) => new(client, pages, readers);

    /// <summary>Waits until <paramref name="count"/> requests begun after <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp) have been answered.</summary>
    public Task UntilAnsweredAsync(long since, int count) =>
        Waits.UntilAsync(() => _answers.Count(a => a.StartedAt > since) >= count || _readers.Any(r => r.IsFaulted), $"{count} requests answered");

    /// <summary>Stops the readers, each after its request in flight, and returns every answer.</summary>
    public async Task<IReadOnlyList<PageAnswer>> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_readers).WaitAsync(Waits.Limit);
        return [.. _answers];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(Random random)
    {
        while (!_stop.IsCancellationRequested)
        {
            var (path, heading) = _pages[random.Next(_pages.Count)];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                var kind = Judge(response.StatusCode, body, heading);
                _answers.Enqueue(new PageAnswer(started, Stopwatch.GetTimestamp(), path, (int)response.StatusCode, kind, kind == AnswerKind.Other ? body[..Math.Min(body.Length, 300)] : ""));
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                // No answer within the client's timeout, or none at all.
                _answers.Enqueue(new PageAnswer(started, Stopwatch.GetTimestamp(), path, null, AnswerKind.Other, $"{e.GetType().Name}: {e.Message}"));
            }
        }
    }

    /// <summary>What kind of answer it was: the whole page asked for, the site's own error page, or anything else.</summary>
    private static AnswerKind Judge(HttpStatusCode status, string body, string expectedHeading)
    {
        var page = new HtmlParser().ParseDocument(body);
        var whole = body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal);
        var heading = page.QuerySelector("h1")?.TextContent.Trim();
        return status switch
        {
            HttpStatusCode.OK when whole && heading == expectedHeading => AnswerKind.Page,
            HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable when whole && heading is { Length: > 0 } => AnswerKind.ErrorPage,
            _ => AnswerKind.Other,
        };
    }
}

public enum AnswerKind
{
    Page,
    ErrorPage,
    Other,
}

/// <summary>One request of a <see cref="PageLoad"/>: when it began and ended (<see cref="Stopwatch"/> timestamps), and what came back (no status: no answer).</summary>
public sealed record PageAnswer(long StartedAt, long EndedAt, string Path, int? Status, AnswerKind Kind, string Detail)
{
    public TimeSpan Took => Stopwatch.GetElapsedTime(StartedAt, EndedAt);

    public override string ToString() => $"{Path}: {Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer"} {Kind} after {Took.TotalMilliseconds:0} ms {Detail}";
}
