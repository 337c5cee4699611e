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

    /// <summary>Every figure the role shows, named as the format names it, with the id of the source it cites.</summary>
    public IEnumerable<(string Figure, string? SourceId)> CitedFigures()
    {
        var facts = Facts;
        IEnumerable<(string, string?)> keyFacts =
        [
            .. Each("median salary", facts.MedianSalary?.SourceId, facts.OtherMedianSalaries.Select(f => f.SourceId)),
            .. Each("salary range", facts.SalaryRange?.SourceId, facts.OtherSalaryRanges.Select(f => f.SourceId)),
            .. Each("growth outlook", facts.Growth?.SourceId, facts.OtherGrowth.Select(f => f.SourceId)),
            .. Each("annual openings", facts.AnnualOpenings?.SourceId, facts.OtherAnnualOpenings.Select(f => f.SourceId)),
            .. Each("typical education", facts.Education is null ? null : facts.EducationSourceId, facts.OtherEducation.Select(f => f.SourceId)),
            .. Each("typical experience", facts.Experience is null ? null : facts.ExperienceSourceId, facts.OtherExperience.Select(f => f.SourceId)),
            .. Each("top industries", facts.Industries.Count == 0 ? null : facts.IndustriesSourceId, []),
        ];
        return keyFacts
            .Concat(SalaryLevels.Count > 0 ? [("salary table", SalarySourceId)] : [])
            .Concat(CareerSteps.Select(step => ($"career step '{step.Title}'", step.SourceId)));

        static IEnumerable<(string, string?)> Each(string figure, string? primary, IEnumerable<string?> others) =>
            primary is null ? [] : others.Prepend(primary).Select(id => (figure, id));
    }

    /// <summary>The first section of <paramref name="kind"/>, if the guide has one.</summary>
    public GuideSection? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
