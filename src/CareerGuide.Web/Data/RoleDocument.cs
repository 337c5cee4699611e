using CareerGuide.Content;

namespace CareerGuide.Web.Data;

/// <summary>
/// Everything a role's pages show of the role itself, in the parsed guide's own types: built once at ingestion and
/// stored whole in one column, so a page reads one row instead of joining a table per list.
/// </summary>
public sealed record RoleDocument
{
    /// <summary>The occupation's SOC or O*NET-SOC code, if the guide names one.</summary>
    public string? Soc { get; init; }

    public required KeyFacts Facts { get; init; }
    public required IReadOnlyList<GuideSection> Sections { get; init; }
    public required IReadOnlyList<SalaryLevel> SalaryLevels { get; init; }
    public required IReadOnlyList<CareerStep> CareerSteps { get; init; }
    public required IReadOnlyList<Faq> Faqs { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
    public required IReadOnlyList<string> Tools { get; init; }

    /// <summary>The id of the salary table's source.</summary>
    public string? SalarySourceId { get; init; }

    public static RoleDocument Of(RoleGuide guide) => new()
    {
        Soc = guide.Soc,
        Facts = guide.Facts,
        Sections = guide.Sections,
        SalaryLevels = guide.SalaryLevels,
        CareerSteps = guide.CareerSteps,
        Faqs = guide.Faqs,
        Sources = guide.Sources,
        Skills = guide.Skills,
        Tools = guide.Tools,
        SalarySourceId = guide.SalarySourceId,
    };

    /// <summary>The source a figure cites by <paramref name="id"/>; null when it cites none (only in rows stored before sources had ids).</summary>
    public SourceRef? SourceOf(string? id) => id is null ? null : Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>The first section of <paramref name="kind"/>, if the guide has one.</summary>
    public GuideSection? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
