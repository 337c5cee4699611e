using System.Text;
using System.Text.RegularExpressions;
using CareerGuide.Content.Values;

namespace CareerGuide.Web.Pages.Search;

/// <summary>
/// The passage of a search result that shows why it matched: a few words around the first word that starts with a
/// searched word, in the first text that has one, each match between <see cref="SearchQuery.MarkStart"/> and
/// <see cref="SearchQuery.MarkEnd"/>. Words compare as FTS5's unicode61 tokenizer sees them: case and accents aside.
/// </summary>
public static class Snippets
{
    private const int WordsBefore = 5;
    private const int WordsInAll = 16;
    private const string Ellipsis = "…";

    public static string Build(IReadOnlyList<string> searched, IEnumerable<string> texts)
    {
        var prefixes = searched.Select(Fold).ToList();
        string? first = null;
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            first ??= text;
            var words = FtsQuery.WordPattern().Matches(text);
            var at = words.ToList().FindIndex(word => IsMatch(word.Value, prefixes));
            if (at >= 0)
            {
                return Passage(text, words, Math.Max(0, at - WordsBefore), prefixes);
            }
        }

        // The guide matched on its title or aliases only: its first words say what it is.
        return first is null ? "" : Passage(first, FtsQuery.WordPattern().Matches(first), 0, prefixes);
    }

    private static string Passage(string text, MatchCollection words, int from, IReadOnlyList<string> prefixes)
    {
        if (words.Count == 0)
        {
            return text;
        }

        var to = Math.Min(words.Count, from + WordsInAll) - 1;
        var passage = new StringBuilder(from > 0 ? Ellipsis : "");
        var position = from > 0 ? words[from].Index : 0;
        for (var i = from; i <= to; i++)
        {
            var word = words[i];
            passage.Append(text, position, word.Index - position);
            passage.Append(IsMatch(word.Value, prefixes) ? $"{SearchQuery.MarkStart}{word.Value}{SearchQuery.MarkEnd}" : word.Value);
            position = word.Index + word.Length;
        }

        // A passage that reaches the end of the text keeps its closing punctuation.
        return passage.Append(to < words.Count - 1 ? Ellipsis : text[position..]).ToString();
    }

    private static bool IsMatch(string word, IReadOnlyList<string> prefixes)
    {
        var folded = Fold(word);
        return prefixes.Any(prefix => folded.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Lower case without accents, as unicode61 with remove_diacritics compares words.</summary>
    private static string Fold(string word) => Accents.Remove(word).ToLowerInvariant();
}
