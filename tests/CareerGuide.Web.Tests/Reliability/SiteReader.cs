using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// One reader of the site in a loop: the home page, a search, a role page and its API entry (from the output cache
/// and, with a query nobody asked before, from the database), the API list and a short-lived role. Every response
/// the site should not have given is recorded, not thrown, so the other readers carry on.
/// </summary>
public sealed class SiteReader(HttpClient client, EditorialRounds rounds, int seed) : IDisposable
{
    private const int ListPageSize = 100;
    private readonly Random _random = new(seed);
    private int _loops;
    private int _requests;

    /// <summary>Whole loops done; a loop counted after a round finished was wholly requested after it.</summary>
    public int Loops => Volatile.Read(ref _loops);

    public int Requests => Volatile.Read(ref _requests);

    public ConcurrentQueue<string> Failures { get; } = new();

    public async Task ReadUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var standing = _random.Next(EditorialRounds.StandingGuides);
            // Read before any request of the loop, so a round finishing meanwhile can only make the check more lenient.
            var oldest = rounds.OldestVisibleEdition(standing);
            var slug = EditorialRounds.StandingSlug(standing);
            // Each address twice: as cached, and with a query never asked before, which the output cache must pass to the database.
            foreach (var fresh in new[] { "", $"reader={seed}&request={Requests}" })
            {
                await CheckAsync(WithQuery("/", fresh), (status, body) => ResponseChecks.HtmlPage(status, body) ?? ResponseChecks.HomePageIsWhole(body));
                await CheckAsync(WithQuery("/search?q=standing", fresh), ResponseChecks.HtmlPage);
                await CheckAsync(WithQuery($"/roles/{slug}", fresh), (status, body) => ResponseChecks.HtmlPage(status, body) ?? ResponseChecks.StandingRolePage(body, standing, oldest));
                await CheckAsync(WithQuery($"/api/v1/roles/{slug}", fresh), (status, body) => ResponseChecks.Json(status, body) ?? ResponseChecks.StandingRoleJson(body, standing, oldest));
                await CheckAsync(WithQuery($"/api/v1/roles?pageSize={ListPageSize}", fresh), (status, body) => ResponseChecks.Json(status, body) ?? ResponseChecks.FullListPage(body, ListPageSize));
            }

            await CheckShortLivedAsync();
            Interlocked.Increment(ref _loops);
        }
    }

    public void Dispose() => client.Dispose();

    /// <summary>A role from a recent round: it must be there, must be gone, or (its round ingesting meanwhile) may be either.</summary>
    private async Task CheckShortLivedAsync()
    {
        var finishedBefore = rounds.Finished;
        var addedIn = Math.Max(1, finishedBefore - 3 + _random.Next(5));
        await CheckAsync($"/roles/{EditorialRounds.ShortLivedSlug(addedIn, _random.Next(5))}", (status, body) =>
            EditorialRounds.ShortLivedMustExist(addedIn, finishedBefore, rounds.Started) switch
            {
                true => ResponseChecks.HtmlPage(status, body),
                false => status == HttpStatusCode.NotFound ? null : "for a role that is not there: " + ResponseChecks.Unexpected(status, body),
                null => status == HttpStatusCode.NotFound ? null : ResponseChecks.HtmlPage(status, body),
            });
    }

    private static string WithQuery(string path, string query) =>
        query.Length == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? '&' : '?') + query;

    /// <summary>Requests a path and records what <paramref name="judge"/> finds wrong with the answer, if anything.</summary>
    private async Task CheckAsync(string path, Func<HttpStatusCode, string, string?> judge)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (judge(response.StatusCode, body) is { } problem)
            {
                Failures.Enqueue($"{path}: {problem}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // No answer at all, or JSON without the expected shape.
            Failures.Enqueue($"{path}: {e.GetType().Name}: {e.Message}");
        }
    }
}
