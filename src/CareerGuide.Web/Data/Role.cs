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

    /// <summary>The key facts as columns, for the lists that filter and sort by them; pages read them from <see cref="Document"/>.</summary>
    public RoleFacts Facts { get; set; } = new();

    public required RoleDocument Document { get; set; }
    public RoleLinks Links { get; set; } = RoleLinks.None;

    /// <summary>The slugs of the guide's related roles, as written: what <see cref="Links"/> is resolved from.</summary>
    public List<string> RelatedSlugs { get; set; } = [];

    /// <summary>The titles of the guide's ladder steps, as written: what <see cref="Links"/> is resolved from.</summary>
    public List<string> StepTitles { get; set; } = [];

    public List<RoleAlias> Aliases { get; set; } = [];
}
