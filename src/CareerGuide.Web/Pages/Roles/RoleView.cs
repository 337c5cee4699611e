using CareerGuide.Web.Data;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>Everything the role page shows, projected straight from the database.</summary>
public sealed record RoleView
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public DateOnly Updated { get; init; }
    public bool IsDraft { get; init; }
    public required RoleFacts Facts { get; init; }
    public required List<string> Industries { get; init; }
    public required List<string> Skills { get; init; }
    public required List<string> Tools { get; init; }
    public required List<SectionView> Sections { get; init; }
    public required List<SalaryView> SalaryLevels { get; init; }
    public required List<StepView> CareerSteps { get; init; }
    public required List<FaqView> Faqs { get; init; }
    public required List<SourceView> Sources { get; init; }
    public required List<string> RelatedSlugs { get; init; }
}

public sealed record SectionView(string Anchor, string Heading, string Kind, string Html, string TrailingHtml, string Text);

public sealed record SalaryView(string Level, decimal Median, decimal? Average, string Currency);

public sealed record StepView(string Anchor, string Title, string YearsText, string DutiesHtml, List<string> FocusAreas);

public sealed record FaqView(string Anchor, string Question, string AnswerHtml, string AnswerText);

public sealed record SourceView(string Name, string? Url, string? Date);

public sealed record RoleLink(string Slug, string Title);
