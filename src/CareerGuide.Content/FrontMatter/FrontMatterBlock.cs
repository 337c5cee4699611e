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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(1, 1, "the file has no front matter: start it with a line '---', the fields, and another '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                return new FrontMatterBlock(string.Join('\n', lines[1..i]), FirstLine: 2, new string('\n', i + 1) + string.Join('\n', lines[(i + 1)..]));
            }
        }

        diagnostics.Error(1, 1, "the front matter is not closed: add a line '---' after the last field");
        return null;
    }
}
