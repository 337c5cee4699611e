namespace CareerGuide.Content.Tests;

/// <summary>Small inline guides for the parser tests, and short ways to look at what the parser made of them.</summary>
internal static class Guides
{
    public const string Path = "roles/support-specialist.md";

    /// <summary>The smallest valid front matter. It is six lines long, so a body appended to it starts on line 7.</summary>
    public const string FrontMatter = """
        ---
        title: Support Specialist
        summary: Helps people when a product gets in their way.
        category: Customer Support
        updated: 2026-11-20
        ---

        """;

    /// <summary>
    /// <see cref="FrontMatter"/> with one source, <c>survey</c>, for the body's salary tables and career paths to cite
    /// (<see cref="SourceLine"/>). Written as one flow mapping so that it is six lines long too and bodies keep their line numbers.
    /// </summary>
    public const string FrontMatterWithSource = """
        ---
        {title: Support Specialist, category: Customer Support,
         summary: Helps people when a product gets in their way.,
         updated: 2026-11-20,
         sources: [{id: survey, name: Example Salary Survey, date: 2024}]}
        ---

        """;

    /// <summary>The line that cites the source of <see cref="FrontMatterWithSource"/> under a salary table or a career path heading.</summary>
    public const string SourceLine = "Source: survey";

    public static GuideParseResult Parse(string text) => GuideParser.Parse(Path, text);

    /// <summary>Parses <paramref name="body"/> under <see cref="FrontMatterWithSource"/>: its first line is line 7 of the file.</summary>
    public static GuideParseResult ParseBody(string body) => Parse(FrontMatterWithSource + body);

    /// <summary>The guide parsed from <paramref name="text"/>, failing the test with every diagnostic when there is none.</summary>
    public static RoleGuide Valid(string text)
    {
        var result = Parse(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Guide!;
    }

    public static RoleGuide ValidBody(string body) => Valid(FrontMatterWithSource + body);

    /// <summary>The one diagnostic of <paramref name="text"/>, checked to be an error that kept the guide from being published.</summary>
    public static Diagnostic SingleError(string text)
    {
        var result = Parse(text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Null(result.Guide);
        return diagnostic;
    }

    public static Diagnostic SingleBodyError(string body) => SingleError(FrontMatterWithSource + body);

    /// <summary>The 1-based number of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = Array.FindIndex(text.Split('\n'), line => line.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line contains \"{fragment}\"");
        return index + 1;
    }

    public static (int Line, int Column, string Message) Where(Diagnostic diagnostic) =>
        (diagnostic.Line, diagnostic.Column, diagnostic.Message);
}
