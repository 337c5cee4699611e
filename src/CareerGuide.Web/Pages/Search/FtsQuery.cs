using System.Text.RegularExpressions;

namespace CareerGuide.Web.Pages.Search;

/// <summary>
/// Turns whatever a visitor typed into a safe FTS5 query: only words survive, each quoted and matched as a
/// prefix ("troublesh" finds troubleshooting), so quotes, '*', NEAR, SQL or emoji can never break the syntax.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxInputLength = 200;
    private const int MaxWords = 8;
    private const int MaxWordLength = 40;

    /// <summary>A word as the search sees one: a run of letters and digits.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex WordPattern();

    public static IReadOnlyList<string> Words(string? input) =>
        [.. WordPattern().Matches(input ?? "").Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length <= MaxWordLength).Distinct().Take(MaxWords)];

    /// <summary>The MATCH expression for <paramref name="words"/>: all of them, each as a prefix.</summary>
    public static string Match(IEnumerable<string> words) => string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
}
