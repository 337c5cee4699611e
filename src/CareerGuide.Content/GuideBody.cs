namespace CareerGuide.Content;

/// <summary>The kinds of section the site knows; anything else is <see cref="Custom"/> and is shown as written.</summary>
public enum SectionKind
{
    Custom,
    Overview,
    Responsibilities,
    WorkEnvironment,
    Tools,
    Skills,
    Education,
    HowToGetThere,
    Salary,
    CareerPath,
    ProsAndCons,
    Faq,
}

/// <summary>One <c>##</c> section: its stable anchor, its heading and its prose rendered to HTML.</summary>
/// <remarks>
/// For the salary, career-path and FAQ sections, <see cref="Html"/> holds the prose before the structured part
/// and <see cref="TrailingHtml"/> the prose after it (such as a note under the salary table).
/// </remarks>
public sealed record GuideSection(string Anchor, string Heading, SectionKind Kind, string Html, string TrailingHtml = "")
{
    /// <summary>The section's words without markup, structured parts included, for full-text search.</summary>
    public string Text { get; init; } = "";
}

/// <summary>One row of the salary-by-level table.</summary>
public sealed record SalaryLevel(string Level, Money Median, Money? Average);

/// <summary>One level of the career path.</summary>
public sealed record CareerStep(string Anchor, string Title, YearsSpan Years, string DutiesHtml, IReadOnlyList<string> FocusAreas, int Line = 1)
{
    /// <summary>The id of the source of the step's span of years: its own <c>Source:</c> line, or the career path's.</summary>
    public string? SourceId { get; init; }
}

/// <summary>One question and its answer.</summary>
public sealed record Faq(string Anchor, string Question, string AnswerHtml)
{
    /// <summary>The answer's words without markup, for search and for structured data.</summary>
    public string AnswerText { get; init; } = "";
}

/// <summary>A span of years of experience such as "3–5 years" or "12+ years"; <see cref="Text"/> keeps the editor's words.</summary>
public sealed record YearsSpan(int Min, int? Max, string Text);
