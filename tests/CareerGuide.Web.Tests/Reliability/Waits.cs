namespace CareerGuide.Web.Tests.Reliability;

public static class Waits
{
    /// <summary>How long any wait in these tests may last before it fails the test instead of hanging it; never a measure of speed.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    // Short: what these tests wait for is usually milliseconds away, and each check is cheap.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Checks <paramref name="condition"/> until it holds; <paramref name="what"/> names it in the failure if <see cref="Limit"/> passes first.</summary>
    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(_ => Task.FromResult(condition()), what);

    /// <summary>
    /// Checks <paramref name="condition"/> until it holds. It gets a token cancelled at <see cref="Limit"/>, so a check
    /// that can itself block, such as a connection attempt, is bounded too.
    /// </summary>
    public static async Task UntilAsync(Func<CancellationToken, Task<bool>> condition, string what)
    {
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            while (!await condition(limit.Token))
            {
                await Task.Delay(PollInterval, limit.Token);
            }
        }
        catch (OperationCanceledException e) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"waited {Limit} for {what}", e);
        }
    }
}
