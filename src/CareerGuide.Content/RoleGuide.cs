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

    /// <summary>The id of the salary table's source, from its <c>Source:</c> line.</summary>
    public string? SalarySourceId { get; init; }

    /// <summary>Every figure with the source it cites, where it stands; sources are checked against it.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Where the salary table stands, for the check of its levels against the career path.</summary>
    public SourcePosition SalaryTableAt { get; init; } = new(1, 1);

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
    public IReadOnlyList<string> Industries { get; set; } = [];

    /// <summary>The ids of the sources of <see cref="Education"/>, <see cref="Experience"/> and <see cref="Industries"/>.</summary>
    public string? EducationSourceId { get; init; }

    public string? ExperienceSourceId { get; init; }

    public string? IndustriesSourceId { get; init; }

    // Industries and the lists below have setters, not init: System.Text.Json builds a record with init-only properties through one
    // object initializer that assigns every one of them, so a list missing from a document stored before it existed
    // would read as null instead of keeping its empty default, and the page reading it would fail until re-ingestion.

    /// <summary>Values of the same fact from other sources, shown beside the primary one (the first written), never averaged.</summary>
    public IReadOnlyList<MedianSalary> OtherMedianSalaries { get; set; } = [];

    public IReadOnlyList<SalaryRange> OtherSalaryRanges { get; set; } = [];

    public IReadOnlyList<GrowthOutlook> OtherGrowth { get; set; } = [];

    public IReadOnlyList<AnnualOpenings> OtherAnnualOpenings { get; set; } = [];

    public IReadOnlyList<SourcedText> OtherEducation { get; set; } = [];

    public IReadOnlyList<SourcedText> OtherExperience { get; set; } = [];
}

/// <summary>A key fact in words, such as the typical education, with the id of its source.</summary>
public sealed record SourcedText(string Value, string? SourceId);

/// <summary>An amount of money in one currency.</summary>
public sealed record Money(decimal Amount, string Currency);

/// <summary>The median pay for the role, per year, month or hour; <c>SourceId</c> names one of the guide's sources.</summary>
public sealed record MedianSalary(Money Amount, PayPeriod Per, string? SourceId);

/// <summary>The span of pay from low to high; an open top ("$98k+") means the source gives no upper bound.</summary>
public sealed record SalaryRange(Money Low, Money High, string? SourceId)
{
    public bool OpenTop { get; init; }
}

/// <summary>Projected employment growth over a period.</summary>
public sealed record GrowthOutlook(decimal? RatePercent, string? Outlook, string? Period, string? SourceId);

/// <summary>Projected openings each year.</summary>
public sealed record AnnualOpenings(int Count, string? SourceId);

/// <summary>
/// Where figures come from: <see cref="Name"/> is the page they were read on, <see cref="Date"/> the date of the data
/// (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>undated</c>), and <see cref="Quotes"/> the primary source that page quotes.
/// </summary>
public sealed record SourceRef(string Name, string? Url, string? Date)
{
    /// <summary>The slug figures cite the source by.</summary>
    public string? Id { get; init; }

    /// <summary>The primary source's name when <see cref="Name"/> is only the page it was quoted on.</summary>
    public string? Quotes { get; init; }
}

/// <summary>One figure's claim to a source, with where it stands, for the checks of provenance.</summary>
/// <param name="Figure">The figure's field name, such as <c>facts.growth</c>, the <c>salary table</c> or a career step.</param>
/// <param name="Value">The figure in words, to compare with other guides' figures from the same source.</param>
/// <param name="SourceId">The id it cites, or null when it names none.</param>
/// <param name="At">Where its <c>source:</c> (or <c>Source:</c> line) stands, or the figure itself when it has none.</param>
public sealed record Citation(string Figure, string Value, string? SourceId, SourcePosition At);

/// <summary>The unit of time a salary is paid for.</summary>
public enum PayPeriod
{
    Year,
    Month,
    Hour,
}
