using CareerGuide.Content;

namespace CareerGuide.Web.Api;

/// <summary>A role in a list: enough to show a card and to fetch the whole guide.</summary>
public sealed record RoleSummaryDto(string Slug, string Title, string Summary, string Category, decimal? MedianSalary, string? Currency, decimal? GrowthPercent, string Url);

/// <summary>A page of roles.</summary>
public sealed record RoleListDto(IReadOnlyList<RoleSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>A whole guide, structured: the same data the role page shows.</summary>
public sealed record RoleDto(
    string Slug,
    string Title,
    string Summary,
    string Category,
    string? Soc,
    DateOnly Updated,
    string Url,
    KeyFactsDto Facts,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Tools,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<SalaryLevelDto> SalaryLevels,
    IReadOnlyList<CareerStepDto> CareerSteps,
    IReadOnlyList<Faq> Faqs,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<string> Related);

public sealed record KeyFactsDto(
    MoneyFactDto? MedianSalary,
    RangeFactDto? SalaryRange,
    GrowthFactDto? Growth,
    CountFactDto? AnnualOpenings,
    string? Education,
    string? Experience,
    IReadOnlyList<string> Industries);

public sealed record MoneyFactDto(decimal Amount, string Currency, string Per, string? Source);

public sealed record RangeFactDto(decimal Low, decimal High, string Currency, string? Source);

public sealed record GrowthFactDto(decimal? RatePercent, string? Outlook, string? Period, string? Source);

public sealed record CountFactDto(int Count, string? Source);

public sealed record SectionDto(string Anchor, string Heading, string Kind, string Html, string Text);

public sealed record SalaryLevelDto(string Level, decimal Median, decimal? Average, string Currency);

public sealed record CareerStepDto(string Anchor, string Title, string Years, string DutiesHtml, IReadOnlyList<string> FocusAreas);

