namespace CareerGuide.Content.FrontMatter;

/// <summary>The YAML between the opening and closing <c>---</c> lines, the file line its first line sits on, and the body after it.</summary>
/// <param name="Yaml">The front matter's text.</param>
/// <param name="FirstLine">The file line of its first line.</param>
/// <param name="Body">The file with the front matter's lines left blank, so Markdig reports the body's real line numbers.</param>
public sealed record FrontMatterBlock(string Yaml, int FirstLine, string Body)
{
    /// <summary>Finds the front matter at the top of <paramref name="text"/>; reports a missing or unclosed block.</summary>
    public static FrontMatterBlock? Find(string text, DiagnosticBag diagnostics)
    {
        // Walks the lines by index: splitting a whole guide into lines and joining them again cost a tenth of its parse.
        var end = LineEnd(text, 0);
        if (text.AsSpan(0, end).TrimEnd() is not "---")
        {
            diagnostics.Error(1, 1, "the file has no front matter: start it with a line '---', the fields, and another '---'");
            return null;
        }

        var yamlStart = end + 1;
        for (var (start, line) = (end + 1, 1); start <= text.Length; (start, line) = (end + 1, line + 1))
        {
            end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...")
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                // One copy of the body, its front matter lines blank: cutting the rest out first and joining it after copied it twice.
                var rest = end < text.Length ? text.AsSpan(end + 1) : [];
                return new FrontMatterBlock(yaml, FirstLine: 2, string.Concat(new string('\n', line + 1), rest));
            }
        }

        diagnostics.Error(1, 1, "the front matter is not closed: add a line '---' after the last field");
        return null;
    }

    /// <summary>Where the line that starts at <paramref name="start"/> ends: at its line feed, or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var feed = text.IndexOf('\n', start);
        return feed < 0 ? text.Length : feed;
    }
}
