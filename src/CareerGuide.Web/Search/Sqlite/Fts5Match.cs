namespace CareerGuide.Web.Search.Sqlite;

/// <summary>FTS5 MATCH expressions for searched words (<see cref="SearchWords"/>): each word quoted, and a prefix when long enough.</summary>
internal static class Fts5Match
{
    /// <summary>All of <paramref name="words"/>.</summary>
    public static string All(IEnumerable<string> words) => Join(" AND ", words);

    /// <summary>Any one of <paramref name="words"/>.</summary>
    public static string Any(IEnumerable<string> words) => Join(" OR ", words);

    /// <summary><paramref name="match"/> found within the key columns alone.</summary>
    public static string InKeyColumns(string match) => $"{RoleSearchSchema.KeyColumns}: ({match})";

    /// <summary><paramref name="match"/> found within a role's name columns alone.</summary>
    public static string InNameColumns(string match) => $"{RoleSearchSchema.NameColumns}: ({match})";

    /// <summary>Rows that <paramref name="match"/> finds and <paramref name="excluded"/> does not.</summary>
    public static string Except(string match, string excluded) => $"({match}) NOT ({excluded})";

    private static string Join(string separator, IEnumerable<string> words) =>
        string.Join(separator, words.Select(w => SearchWords.IsPrefix(w) ? $"\"{w}\"*" : $"\"{w}\""));
}
