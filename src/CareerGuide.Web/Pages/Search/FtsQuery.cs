using System.Text.RegularExpressions;

namespace CareerGuide.Web.Pages.Search;

/// <summary>
/// Turns whatever a visitor typed into a safe FTS5 query: only words survive, each quoted and, from three letters on,
/// matched as a prefix ("troublesh" finds troubleshooting), so quotes, '*', NEAR, SQL or emoji can never break the syntax.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxInputLength = 200;
    private const int MaxWords = 8;
    private const int MaxWordLength = 40;

    // "a*" would merge the lists of every indexed word that starts with an a: hundreds of milliseconds for a word
    // that says nothing. Words this short ("it", "qa", "hr") are matched whole.
    private const int MinPrefixLength = 3;

    /// <summary>The columns a role is about rather than merely mentions: title, aliases, summary, skills and tools.</summary>
    private const string KeyColumns = "{title aliases summary skills}";

    /// <summary>The columns that name a role, as its slug and old slugs do.</summary>
    private const string NameColumns = "{title aliases}";

    /// <summary>A word as the search sees one: a run of letters and digits.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex WordPattern();

    public static IReadOnlyList<string> Words(string? input) =>
        [.. WordPattern().Matches(input ?? "").Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length <= MaxWordLength).Distinct().Take(MaxWords)];

    /// <summary>Whether <paramref name="word"/> also finds the words it begins, or only itself.</summary>
    public static bool IsPrefix(string word) => word.Length >= MinPrefixLength;

    /// <summary>The MATCH expression for <paramref name="words"/>: all of them, each as a prefix when long enough.</summary>
    public static string Match(IEnumerable<string> words) => Join(" AND ", words);

    /// <summary>The MATCH expression for any one of <paramref name="words"/>, each as a prefix when long enough.</summary>
    public static string MatchAny(IEnumerable<string> words) => Join(" OR ", words);

    private static string Join(string separator, IEnumerable<string> words) =>
        string.Join(separator, words.Select(w => IsPrefix(w) ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary><paramref name="match"/> found within the key columns alone.</summary>
    public static string InKeyColumns(string match) => $"{KeyColumns}: ({match})";

    /// <summary><paramref name="match"/> found within a role's title and aliases alone.</summary>
    public static string InNameColumns(string match) => $"{NameColumns}: ({match})";

    /// <summary>Rows that <paramref name="match"/> finds and <paramref name="excluded"/> does not.</summary>
    public static string Except(string match, string excluded) => $"({match}) NOT ({excluded})";
}
