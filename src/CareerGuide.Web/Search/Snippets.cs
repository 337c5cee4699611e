using System.Text;
using System.Text.RegularExpressions;
using CareerGuide.Content.Values;

namespace CareerGuide.Web.Search;

/// <summary>
/// The passage of a search result that shows why it matched: a few words around the first word that starts with a
/// searched word, in the first text that has one, each match between <see cref="MarkStart"/> and
/// <see cref="MarkEnd"/>. Words compare as FTS5's unicode61 tokenizer sees them: case and accents aside.
/// </summary>
public static class Snippets
{
    // Markers from Unicode's private-use area: they never occur in guides, and survive HTML encoding.
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    private const int WordsBefore = 5;
    private const int WordsInAll = 16;
    private const string Ellipsis = "…";

    public static string Build(IReadOnlyList<string> searched, IEnumerable<string> texts)
    {
        var wanted = searched.Select(Fold).ToList();
        string? first = null;
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            first ??= text;
            // Words are read one at a time, up to the first match: a guide's body runs to thousands of words.
            // The last few read are kept, so the passage can open a little before the match.
            var recent = new Queue<Match>(WordsBefore + 1);
            var at = 0;
            for (var word = SearchWords.WordPattern().Match(text); word.Success; word = word.NextMatch(), at++)
            {
                if (recent.Count > WordsBefore)
                {
                    recent.Dequeue();
                }

                recent.Enqueue(word);
                if (IsMatch(word.Value, wanted))
                {
                    return Passage(text, recent.Peek(), at <= WordsBefore, wanted);
                }
            }
        }

        // The guide matched on its title or aliases only: its first words say what it is.
        return first is null ? "" : Passage(first, SearchWords.WordPattern().Match(first), true, wanted);
    }

    /// <summary>Up to <see cref="WordsInAll"/> words of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    private static string Passage(string text, Match start, bool fromTheBeginning, IReadOnlyList<string> wanted)
    {
        var passage = new StringBuilder(fromTheBeginning ? "" : Ellipsis);
        var position = fromTheBeginning ? 0 : start.Index;
        var word = start;
        for (var shown = 0; word.Success && shown < WordsInAll; shown++, word = word.NextMatch())
        {
            passage.Append(text, position, word.Index - position);
            passage.Append(IsMatch(word.Value, wanted) ? $"{MarkStart}{word.Value}{MarkEnd}" : word.Value);
            position = word.Index + word.Length;
        }

        // A passage that reaches the end of the text keeps its closing punctuation.
        return passage.Append(word.Success ? Ellipsis : text[position..]).ToString();
    }

    /// <summary>Whether the search finds <paramref name="word"/>: as FTS5 does, a long searched word as a prefix, a short one whole.</summary>
    private static bool IsMatch(string word, IReadOnlyList<string> wanted)
    {
        var folded = Fold(word);
        return wanted.Any(w => SearchWords.IsPrefix(w) ? folded.StartsWith(w, StringComparison.Ordinal) : folded == w);
    }

    /// <summary>Lower case without accents, as unicode61 with remove_diacritics compares words.</summary>
    private static string Fold(string word) => Accents.Remove(word).ToLowerInvariant();
}
