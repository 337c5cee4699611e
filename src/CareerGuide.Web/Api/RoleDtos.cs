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
    ProvenanceDto? SalaryLevelsProvenance,
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
    IReadOnlyList<string> Industries,
    ProvenanceDto? EducationProvenance,
    ProvenanceDto? ExperienceProvenance,
    ProvenanceDto? IndustriesProvenance,
    IReadOnlyList<TextFactDto> OtherEducation,
    IReadOnlyList<TextFactDto> OtherExperience);

/// <summary>Another source's words for the typical education or experience.</summary>
public sealed record TextFactDto(string Value, string? Source, ProvenanceDto? Provenance);

/// <summary>
/// Where a figure comes from: the source's id in <c>sources</c>, the page it was read on (<c>name</c>), the primary
/// source that page quotes, and the date of the data (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>undated</c>).
/// </summary>
public sealed record ProvenanceDto(string? Id, string Name, string? Quotes, string? Url, string? Date, string Citation);

// Each figure: the primary value, its source as words (Source) and as fields (Provenance), and the values other sources give (Others).
public sealed record MoneyFactDto(decimal Amount, string Currency, string Per, string? Source, ProvenanceDto? Provenance, IReadOnlyList<MoneyFactDto> Others);

public sealed record RangeFactDto(decimal Low, decimal High, bool OpenTop, string Currency, string? Source, ProvenanceDto? Provenance, IReadOnlyList<RangeFactDto> Others);

public sealed record GrowthFactDto(decimal? RatePercent, string? Outlook, string? Period, string? Source, ProvenanceDto? Provenance, IReadOnlyList<GrowthFactDto> Others);

public sealed record CountFactDto(int Count, string? Source, ProvenanceDto? Provenance, IReadOnlyList<CountFactDto> Others);

public sealed record SectionDto(string Anchor, string Heading, string Kind, string Html, string Text);

public sealed record SalaryLevelDto(string Level, decimal Median, decimal? Average, string Currency);

public sealed record CareerStepDto(string Anchor, string Title, string Years, string DutiesHtml, IReadOnlyList<string> FocusAreas, ProvenanceDto? YearsProvenance);

