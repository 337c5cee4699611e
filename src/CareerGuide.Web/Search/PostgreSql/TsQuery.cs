namespace CareerGuide.Web.Search.PostgreSql;

/// <summary>
/// tsquery text for searched words (<see cref="SearchWords"/>: letters and digits only, so nothing a visitor typed is
/// ever an operator): each word quoted and folded as the index is, a prefix (<c>:*</c>) when long enough.
/// </summary>
internal static class TsQuery
{
    /// <summary>All of <paramref name="words"/>, anywhere.</summary>
    public static string All(IEnumerable<string> words) => Of(words, WordsWanted.All);

    /// <summary>All of <paramref name="words"/>, each in one of the key columns.</summary>
    public static string AllInKeyColumns(IEnumerable<string> words) => Join(" & ", words, RoleSearchVectors.KeyWeights);

    /// <summary>All or any of <paramref name="words"/>, anywhere.</summary>
    public static string Of(IEnumerable<string> words, WordsWanted wanted) => Join(Separator(wanted), words, "");

    /// <summary>All or any of <paramref name="words"/>, each in a column that names the role.</summary>
    public static string InNameColumns(IEnumerable<string> words, WordsWanted wanted) => Join(Separator(wanted), words, RoleSearchVectors.NameWeights);

    /// <summary>What <paramref name="query"/> finds and <paramref name="excluded"/> does not.</summary>
    public static string Except(string query, string excluded) => $"({query}) & !({excluded})";

    private static string Join(string separator, IEnumerable<string> words, string weights) =>
        string.Join(separator, words.Select(RoleSearchVectors.Fold).Where(w => w.Length > 0)
            .Select(w => $"'{w.Replace("'", "''", StringComparison.Ordinal)}'{Suffix((SearchWords.IsPrefix(w) ? "*" : "") + weights)}"));

    private static string Separator(WordsWanted wanted) => wanted == WordsWanted.All ? " & " : " | ";

    private static string Suffix(string marks) => marks.Length > 0 ? ":" + marks : "";
}
