using System.Text;
using CareerGuide.Web.Formatting;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>A job-description template built from a guide, for recruiters to adapt: the same content as Markdown or plain text.</summary>
public sealed record JobDescription(string Title, string Summary, IReadOnlyList<string> Responsibilities, IReadOnlyList<string> Qualifications, IReadOnlyList<string> Skills, string? Salary, string? SalarySource, string SourceUrl)
{
    private const int MaxSkills = 10;

    public static JobDescription From(RoleView role, string url)
    {
        var responsibilities = role.Sections.FirstOrDefault(s => s.Kind == "Responsibilities")?.Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.EndsWith(':')) ?? [];
        List<string> qualifications = [];
        if (role.Facts.Education is { } education)
        {
            qualifications.Add($"Education: {education}");
        }

        if (role.Facts.Experience is { } experience)
        {
            qualifications.Add($"Experience: {experience}");
        }

        var facts = role.Facts;
        var salary = facts.RangeLow is { } low && facts.RangeHigh is { } high
            ? $"{Display.Money(low, facts.RangeCurrency)} to {Display.Money(high, facts.RangeCurrency)} a year"
            : facts.MedianAmount is { } median ? $"Median {Display.Money(median, facts.MedianCurrency)} {Display.PerPeriod(facts.MedianPer)}" : null;
        var source = facts.RangeLow is not null ? facts.RangeSource : facts.MedianSource;
        return new JobDescription(role.Title, role.Summary, [.. responsibilities], qualifications, [.. role.Skills.Take(MaxSkills)], salary, source, url);
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
