using System.Globalization;
using System.Text;

namespace CareerGuide.Testing;

/// <summary>
/// Writes role guides in the content format, valid by default, so each test states only what it changes.
/// Front matter values are YAML fragments; <see cref="Without"/> drops a field.
/// </summary>
public sealed class GuideBuilder
{
    private readonly List<(string Key, string Yaml)> _frontMatter;
    private readonly List<(string Heading, string Body)> _sections = [];
    private readonly List<(string Level, string Median, string Average)> _salaryRows = [];
    private readonly List<(string Title, string Years, string Duties, string[] Focus)> _steps = [];
    private readonly List<(string Question, string Answer)> _faqs = [];

    public GuideBuilder(string title = "Support Specialist")
    {
        Title = title;
        _frontMatter =
        [
            ("title", title),
            ("summary", $"Helps people when {title.ToLowerInvariant()} problems get in their way."),
            ("category", "Customer Support"),
            ("updated", "2026-11-20"),
            ("facts", """

                  median_salary:
                    amount: $59,660
                    currency: USD
                    per: year
                    source: bls
                  salary_range:
                    low: $37k
                    high: $98k
                    source: bls
                  growth:
                    rate: 5%
                    outlook: As fast as average
                    period: 2022-2032
                    source: bls
                  annual_openings:
                    count: 69,300
                    source: bls
                  education: {value: Some college, source: bls}
                  experience: {value: 0-2 years, source: bls}
                  industries: {value: [Software, Telecommunications], source: bls}
                """.TrimEnd()),
            ("sources", """

                  - id: bls
                    name: U.S. Bureau of Labor Statistics
                    url: https://www.bls.gov/ooh/
                    date: 2024-05
                """.TrimEnd()),
        ];
        _sections.Add(("Overview", $"A {title} answers questions and fixes problems."));
        _salaryRows.AddRange([("Junior " + title, "$52k", "$55k"), (title, "$65k", "$68k")]);
        _steps.AddRange([
            ("Junior " + title, "0-1 year", "Answers common questions.", ["Learn the product", "Write clear notes"]),
            (title, "1-3 years", "Solves harder problems alone.", ["Find root causes"]),
        ]);
        _faqs.AddRange([("Do I need a degree?", "Usually not."), ("Can I work remotely?", "Often, yes.")]);
    }

    public string Title { get; }

    /// <summary>The id the salary table's <c>Source:</c> line cites; null writes no such line.</summary>
    public string? SalarySource { get; set; } = "bls";

    /// <summary>The id the <c>Source:</c> line under the career path's heading cites, for every step; null writes none.</summary>
    public string? CareerPathSource { get; set; } = "bls";

    /// <summary>Sets a front-matter field to a YAML fragment (for nested values start it with a newline).</summary>
    public GuideBuilder With(string key, string yaml)
    {
        var index = _frontMatter.FindIndex(f => f.Key == key);
        if (index >= 0)
        {
            _frontMatter[index] = (key, yaml);
        }
        else
        {
            _frontMatter.Add((key, yaml));
        }

        return this;
    }

    public GuideBuilder Without(string key)
    {
        _frontMatter.RemoveAll(f => f.Key == key);
        return this;
    }

    public GuideBuilder WithSection(string heading, string body)
    {
        _sections.Add((heading, body));
        return this;
    }

    public GuideBuilder WithSalaryRows(params (string Level, string Median, string Average)[] rows)
    {
        _salaryRows.Clear();
        _salaryRows.AddRange(rows);
        return this;
    }

    public GuideBuilder WithSteps(params (string Title, string Years, string Duties, string[] Focus)[] steps)
    {
        _steps.Clear();
        _steps.AddRange(steps);
        return this;
    }

    public GuideBuilder WithFaqs(params (string Question, string Answer)[] faqs)
    {
        _faqs.Clear();
        _faqs.AddRange(faqs);
        return this;
    }

    public string Build()
    {
        var text = new StringBuilder();
        text.AppendLine("---");
        foreach (var (key, yaml) in _frontMatter)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{key}: {yaml}");
        }

        text.AppendLine("---");
        foreach (var (heading, body) in _sections)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {heading}").AppendLine().AppendLine(body);
        }

        AppendSalary(text);
        AppendCareerPath(text);
        AppendFaq(text);
        return text.ToString();
    }

    private void AppendSalary(StringBuilder text)
    {
        if (_salaryRows.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Salary by experience level").AppendLine();
        text.AppendLine("| Level | US median | US average |").AppendLine("| --- | --- | --- |");
        foreach (var (level, median, average) in _salaryRows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {level} | {median} | {average} |");
        }

        if (SalarySource is not null)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Source: {SalarySource}");
        }
    }

    private void AppendCareerPath(StringBuilder text)
    {
        if (_steps.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## Career path");
        if (CareerPathSource is not null)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Source: {CareerPathSource}");
        }

        foreach (var (title, years, duties, focus) in _steps)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Experience: {years}").AppendLine().AppendLine(duties);
            if (focus.Length > 0)
            {
                text.AppendLine().AppendLine("Focus areas:").AppendLine();
                foreach (var item in focus)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- {item}");
                }
            }
        }
    }

    private void AppendFaq(StringBuilder text)
    {
        if (_faqs.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("## FAQ");
        foreach (var (question, answer) in _faqs)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {question}").AppendLine().AppendLine(answer);
        }
    }
}
