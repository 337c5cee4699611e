using System.Text;
using CareerGuide.Content;
using CareerGuide.Web.Formatting;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>A job-description template built from a guide, for recruiters to adapt: the same content as Markdown or plain text.</summary>
public sealed record JobDescription(string Title, string Summary, IReadOnlyList<string> Responsibilities, IReadOnlyList<string> Qualifications, IReadOnlyList<string> Skills, string? Salary, string? SalarySource, string SourceUrl)
{
    private const int MaxSkills = 10;

    public static JobDescription From(RolePage role, string url)
    {
        var facts = role.Document.Facts;
        var responsibilities = role.Document.Section(SectionKind.Responsibilities)?.Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.EndsWith(':')) ?? [];
        List<string> qualifications = [];
        if (facts.Education is { } education)
        {
            qualifications.Add($"Education: {education}");
        }

        if (facts.Experience is { } experience)
        {
            qualifications.Add($"Experience: {experience}");
        }

        var salary = facts.SalaryRange is { } range
            ? $"{Display.Money(range.Low)} to {Display.Money(range.High)}{(range.OpenTop ? " or more" : "")} a year"
            : facts.MedianSalary is { } median ? $"Median {Display.Pay(median.Amount, median.Per)}" : null;
        var sourceId = facts.SalaryRange is { } salaryRange ? salaryRange.SourceId : facts.MedianSalary?.SourceId;
        var source = role.Document.SourceOf(sourceId) is { } cited ? Display.Citation(cited) : null;
        return new JobDescription(role.Title, role.Summary, [.. responsibilities], qualifications, [.. role.Document.Skills.Take(MaxSkills)], salary, source, url);
    }

    public string ToMarkdown() => Write(
        heading: (text, level) => $"{new string('#', level)} {text}",
        bullet: item => $"- {item}");

    public string ToPlainText() => Write(
        heading: (text, level) => level == 1 ? text.ToUpperInvariant() : text,
        bullet: item => $"* {item}");

    private string Write(Func<string, int, string> heading, Func<string, string> bullet)
    {
        var text = new StringBuilder();
        void Block(string title, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            text.Append('\n').Append(heading(title, 2)).Append("\n\n");
            list.ForEach(item => text.Append(bullet(item)).Append('\n'));
        }

        text.Append(heading(Title, 1)).Append("\n\n").Append(heading("About the role", 2)).Append("\n\n").Append(Summary).Append('\n');
        Block("What you will do", Responsibilities);
        Block("What we are looking for", Qualifications);
        Block("Skills", Skills);
        if (Salary is not null)
        {
            text.Append('\n').Append(heading("Pay", 2)).Append("\n\n").Append(Salary);
            text.Append(SalarySource is null ? "" : $" (typical US range; source: {SalarySource})").Append('\n');
        }

        text.Append("\nBased on the CareerGuide guide at ").Append(SourceUrl).Append('\n');
        return text.ToString();
    }
}
