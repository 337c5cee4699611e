namespace CareerGuide.Content;

/// <summary>Everything one role guide says, parsed and checked, with its prose already rendered to safe HTML.</summary>
public sealed record RoleGuide
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public required DateOnly Updated { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public KeyFacts Facts { get; init; } = new();
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
    public IReadOnlyList<GuideSection> Sections { get; init; } = [];
    public IReadOnlyList<SalaryLevel> SalaryLevels { get; init; } = [];
    public IReadOnlyList<CareerStep> CareerSteps { get; init; } = [];
    public IReadOnlyList<Faq> Faqs { get; init; } = [];
}

/// <summary>The headline figures of a role, each with the source it comes from.</summary>
public sealed record KeyFacts
{
    public MedianSalary? MedianSalary { get; init; }
    public SalaryRange? SalaryRange { get; init; }
    public GrowthOutlook? Growth { get; init; }
    public AnnualOpenings? AnnualOpenings { get; init; }
    public string? Education { get; init; }
    public string? Experience { get; init; }
    public IReadOnlyList<string> Industries { get; init; } = [];
}

/// <summary>An amount of money in one currency.</summary>
public sealed record Money(decimal Amount, string Currency);

/// <summary>The median pay for the role, per year, month or hour.</summary>
public sealed record MedianSalary(Money Amount, PayPeriod Per, string? Source);

/// <summary>The span of pay from low to high.</summary>
public sealed record SalaryRange(Money Low, Money High, string? Source);

/// <summary>Projected employment growth over a period.</summary>
public sealed record GrowthOutlook(decimal? RatePercent, string? Outlook, string? Period, string? Source);

/// <summary>Projected openings each year.</summary>
public sealed record AnnualOpenings(int Count, string? Source);

/// <summary>Where a figure comes from.</summary>
public sealed record SourceRef(string Name, string? Url, string? Date);

/// <summary>The unit of time a salary is paid for.</summary>
public enum PayPeriod
{
    Year,
    Month,
    Hour,
}
