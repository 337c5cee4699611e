namespace CareerGuide.Web.Data;

/// <summary>One <c>##</c> section of a guide, in the order the editor wrote it.</summary>
public sealed class RoleSection
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string Anchor { get; set; }
    public required string Heading { get; set; }
    public required string Kind { get; set; }
    public required string Html { get; set; }

    /// <summary>Prose after the section's structured part, such as a note under the salary table.</summary>
    public string TrailingHtml { get; set; } = "";

    /// <summary>The section's words without markup, for structured data and job descriptions.</summary>
    public string Text { get; set; } = "";
}

/// <summary>One row of a role's salary-by-level table.</summary>
public sealed class RoleSalaryLevel
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string Level { get; set; }
    public decimal Median { get; set; }
    public decimal? Average { get; set; }
    public required string Currency { get; set; }
}

/// <summary>One level of a role's career path.</summary>
public sealed class RoleCareerStep
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string Anchor { get; set; }
    public required string Title { get; set; }
    public int YearsMin { get; set; }
    public int? YearsMax { get; set; }
    public required string YearsText { get; set; }
    public required string DutiesHtml { get; set; }
    public List<string> FocusAreas { get; set; } = [];
}

/// <summary>One question of a role's FAQ.</summary>
public sealed class RoleFaq
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string Anchor { get; set; }
    public required string Question { get; set; }
    public required string AnswerHtml { get; set; }

    /// <summary>The answer without markup, for FAQ structured data.</summary>
    public string AnswerText { get; set; } = "";
}

/// <summary>A source the guide's figures come from.</summary>
public sealed class RoleSource
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Url { get; set; }
    public string? Date { get; set; }
}

/// <summary>An old slug that redirects to the role.</summary>
public sealed class RoleAlias
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public required string Slug { get; set; }
}

/// <summary>A link to a related role by slug; shown only while a role with that slug exists.</summary>
public sealed class RelatedRole
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int Position { get; set; }
    public required string TargetSlug { get; set; }
}
