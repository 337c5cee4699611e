using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>Readers hammer the site while an editor changes, adds and deletes guides and ingests, round after round.</summary>
public sealed class LoadDuringReingestionTests
{
    private const int Readers = 8;
    // Enough rounds for the races between a commit and the requests around it to come up; they are counted, never timed.
    private const int Rounds = 50;

    [Fact]
    public async Task Every_request_during_repeated_reingestion_gets_a_whole_current_answer()
    {
        // Test requests all come from one address; the limit is for scrapers, not for this load.
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false)
            .WithSetting($"{RateLimitOptions.SectionName}:{nameof(RateLimitOptions.PerClientPer10Seconds)}", "1000000")
            .WithSetting($"{RateLimitOptions.SectionName}:{nameof(RateLimitOptions.NotFoundPerClientPer10Seconds)}", "1000000");
        var rounds = new EditorialRounds(site);
        await rounds.StartAsync();
        var readers = Enumerable.Range(0, Readers).Select(seed => new SiteReader(site.CreateClient(), rounds, seed)).ToList();

        using var stop = new CancellationTokenSource();
        var reading = readers.Select(reader => Task.Run(() => reader.ReadUntilAsync(stop.Token))).ToList();
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                await rounds.RunRoundAsync(round);
                await EveryReaderReadsAgainAsync(readers, reading);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading).WaitAsync(Waits.Limit);
            readers.ForEach(reader => reader.Dispose());
        }

        var failures = readers.SelectMany(reader => reader.Failures).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {readers.Sum(r => r.Requests)} requests failed:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>Waits until every reader has done a whole loop after the round, so each round is read while and after it ingests.</summary>
    private static async Task EveryReaderReadsAgainAsync(IReadOnlyList<SiteReader> readers, IReadOnlyList<Task> reading)
    {
        // One loop may have begun before the round finished; the one after it began after.
        var targets = readers.Select(reader => reader.Loops + 2).ToList();
        await Waits.UntilAsync(
            async _ =>
            {
                if (!readers.Where((reader, i) => reader.Loops < targets[i]).Any())
                {
                    return true;
                }

                // A reader that crashed would never get there: surface its exception instead of waiting out the limit.
                if (reading.FirstOrDefault(task => task.IsFaulted) is { } crashed)
                {
                    await crashed;
                }

                return false;
            },
            "every reader to loop twice more");
    }
}
