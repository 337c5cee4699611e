using System.Text.RegularExpressions;

namespace CareerGuide.Web.Search;

/// <summary>
/// What search reads of whatever a visitor typed: only words, lower case, a few of them and none too long, so quotes,
/// '*', NEAR, SQL or emoji never reach a query. From three letters on a word is also a prefix ("troublesh" finds
/// troubleshooting).
/// </summary>
public static partial class SearchWords
{
    public const int MaxInputLength = 200;
    private const int MaxWords = 8;
    private const int MaxWordLength = 40;

    // "a*" would merge the lists of every indexed word that starts with an a: hundreds of milliseconds for a word
    // that says nothing. Words this short ("it", "qa", "hr") are matched whole.
    private const int MinPrefixLength = 3;

    /// <summary>A word as the search sees one: a run of letters and digits.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex WordPattern();

    public static IReadOnlyList<string> Of(string? input) =>
        [.. WordPattern().Matches(input ?? "").Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length <= MaxWordLength).Distinct().Take(MaxWords)];

    /// <summary>Whether <paramref name="word"/> also finds the words it begins, or only itself.</summary>
    public static bool IsPrefix(string word) => word.Length >= MinPrefixLength;
}
