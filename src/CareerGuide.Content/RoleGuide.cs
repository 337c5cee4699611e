namespace CareerGuide.Content;

/// <summary>Everything one role guide says, parsed and checked, with its prose already rendered to safe HTML.</summary>
public sealed record RoleGuide
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }

    /// <summary>The occupation's SOC or O*NET-SOC code (see <see cref="Values.OccupationCode"/>), when the guide names one.</summary>
    public string? Soc { get; init; }
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

    /// <summary>The names in the skills section's lists, in order.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The names in the tools section's lists, in order.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Links in the prose that point at other roles, with where they stand, so validation can check them.</summary>
    public IReadOnlyList<ProseRoleLink> RoleLinks { get; init; } = [];

    /// <summary>Where each front-matter field stands, by dotted name (<c>updated</c>, <c>facts.median_salary.amount</c>).</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>Where a field stands, or the top of the file when the guide does not have it.</summary>
    public SourcePosition PositionOf(string field) => Positions.GetValueOrDefault(field, new SourcePosition(1, 1));
}

/// <summary>A line and column in a guide file, both counted from 1.</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>A link in a guide's prose to another role's page, with where it stands in the file.</summary>
public sealed record ProseRoleLink(string Slug, int Line, int Column);

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
