namespace CareerGuide.Web.Data;

/// <summary>A published (or draft) role guide as stored; its prose is already HTML.</summary>
public sealed class Role
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Category { get; set; }
    public DateOnly Updated { get; set; }
    public bool IsDraft { get; set; }

    /// <summary>The guide's file, relative to the content folder: the key that ties a role to its file.</summary>
    public required string SourcePath { get; set; }

    /// <summary>Hash of the file as last ingested, so unchanged files are skipped without parsing.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset IngestedAt { get; set; }
    public RoleFacts Facts { get; set; } = new();
    public List<string> Industries { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> Tools { get; set; } = [];
    public List<RoleSection> Sections { get; set; } = [];
    public List<RoleSalaryLevel> SalaryLevels { get; set; } = [];
    public List<RoleCareerStep> CareerSteps { get; set; } = [];
    public List<RoleFaq> Faqs { get; set; } = [];
    public List<RoleSource> Sources { get; set; } = [];
    public List<RoleAlias> Aliases { get; set; } = [];
    public List<RelatedRole> RelatedRoles { get; set; } = [];
}
