namespace CareerGuide.Web.Search;

/// <summary>
/// The two tiers of a ranking, paged as one list: the roles that have every word in a key column first, then those
/// that only mention them. Each provider says how it ranks and counts one tier's match.
/// </summary>
internal static class SearchTiers
{
    /// <summary>Up to <paramref name="count"/> ids at <paramref name="offset"/> of the first tier followed by the second.</summary>
    public static async Task<List<int>> PageAsync<TMatch>(
        TMatch firstTier, TMatch secondTier, int offset, int count, Func<TMatch, int, int, Task<List<int>>> rank, Func<TMatch, Task<int>> countMatches)
    {
        var ids = await rank(firstTier, offset, count);
        if (ids.Count < count)
        {
            // The first tier ends on this page, or ended before it; the rest of the page comes from the second.
            var inFirstTier = ids.Count > 0 || offset == 0 ? offset + ids.Count : await countMatches(firstTier);
            ids.AddRange(await rank(secondTier, Math.Max(0, offset - inFirstTier), count - ids.Count));
        }

        return ids;
    }
}
