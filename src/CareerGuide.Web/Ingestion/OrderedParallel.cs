using System.Runtime.CompilerServices;

namespace CareerGuide.Web.Ingestion;

/// <summary>Runs work on several cores and hands the results back in the order of the input, a window at a time.</summary>
public static class OrderedParallel
{
    // Items go to the thread pool in batches: a hop between threads costs as much as hashing an unchanged file.
    private const int BatchSize = 16;

    /// <summary>
    /// Applies <paramref name="work"/> to each item on the thread pool, a few batches per core ahead of the reader,
    /// and yields the results in input order. The window bounds memory: at most that many results wait to be read.
    /// </summary>
    public static async IAsyncEnumerable<TResult> SelectAsync<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, TResult> work,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var windowSize = Environment.ProcessorCount * 8;
        var window = new Queue<Task<TResult[]>>(windowSize);
        try
        {
            foreach (var batch in source.Chunk(BatchSize))
            {
                window.Enqueue(Task.Run(() => Array.ConvertAll(batch, item => work(item)), cancellationToken));
                if (window.Count == windowSize)
                {
                    foreach (var result in await window.Dequeue())
                    {
                        yield return result;
                    }
                }
            }

            while (window.Count > 0)
            {
                foreach (var result in await window.Dequeue())
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // When the reader stops early or one item fails, the rest still finish before the caller moves on,
            // so no work is left running against a transaction or a folder the caller is done with.
            await Task.WhenAll(window).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
