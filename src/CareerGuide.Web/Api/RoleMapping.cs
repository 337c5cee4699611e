using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Formatting;
using CareerGuide.Web.Pages.Roles;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Api;

/// <summary>The role's document in the API's published shape, which keeps its field names whatever the storage does.</summary>
public static class RoleMapping
{
    public static RoleDto ToDto(RolePage page, SiteUrls urls)
    {
        var document = page.Document;
        var facts = document.Facts;
        var keyFacts = new KeyFactsDto(
            facts.MedianSalary is { } median ? Median(document, median, [.. facts.OtherMedianSalaries.Select(m => Median(document, m, []))]) : null,
            facts.SalaryRange is { } range ? Range(document, range, [.. facts.OtherSalaryRanges.Select(r => Range(document, r, []))]) : null,
            facts.Growth is { } growth ? Growth(document, growth, [.. facts.OtherGrowth.Select(g => Growth(document, g, []))]) : null,
            facts.AnnualOpenings is { } openings ? Openings(document, openings, [.. facts.OtherAnnualOpenings.Select(o => Openings(document, o, []))]) : null,
            facts.Education,
            facts.Experience,
            facts.Industries,
            Provenance(document, facts.EducationSourceId),
            Provenance(document, facts.ExperienceSourceId),
            Provenance(document, facts.IndustriesSourceId),
            [.. facts.OtherEducation.Select(t => Text(document, t))],
            [.. facts.OtherExperience.Select(t => Text(document, t))]);
        return new RoleDto(
            page.Slug, page.Title, page.Summary, page.Category, document.Soc, page.Updated, urls.Role(page.Slug), keyFacts, document.Skills, document.Tools,
            [.. document.Sections.Select(s => new SectionDto(s.Anchor, s.Heading, s.Kind.ToString(), s.Html + s.TrailingHtml, s.Text))],
            [.. document.SalaryLevels.Select(l => new SalaryLevelDto(l.Level, l.Median.Amount, l.Average?.Amount, l.Median.Currency))],
            Provenance(document, document.SalarySourceId),
            [.. document.CareerSteps.Select(s => new CareerStepDto(s.Anchor, s.Title, s.Years.Text, s.DutiesHtml, s.FocusAreas, Provenance(document, s.SourceId)))],
            document.Faqs,
            document.Sources,
            [.. page.Links.Related.Select(r => r.Slug)]);
    }

    private static MoneyFactDto Median(RoleDocument document, MedianSalary median, IReadOnlyList<MoneyFactDto> others)
    {
        var source = Provenance(document, median.SourceId);
        return new MoneyFactDto(median.Amount.Amount, median.Amount.Currency, median.Per.ToString().ToLowerInvariant(), source?.Citation, source, others);
    }

    private static RangeFactDto Range(RoleDocument document, SalaryRange range, IReadOnlyList<RangeFactDto> others)
    {
        var source = Provenance(document, range.SourceId);
        return new RangeFactDto(range.Low.Amount, range.High.Amount, range.OpenTop, range.Low.Currency, source?.Citation, source, others);
    }

    private static GrowthFactDto Growth(RoleDocument document, GrowthOutlook growth, IReadOnlyList<GrowthFactDto> others)
    {
        var source = Provenance(document, growth.SourceId);
        return new GrowthFactDto(growth.RatePercent, growth.Outlook, growth.Period, source?.Citation, source, others);
    }

    private static CountFactDto Openings(RoleDocument document, AnnualOpenings openings, IReadOnlyList<CountFactDto> others)
    {
        var source = Provenance(document, openings.SourceId);
        return new CountFactDto(openings.Count, source?.Citation, source, others);
    }

    private static TextFactDto Text(RoleDocument document, SourcedText text)
    {
        var source = Provenance(document, text.SourceId);
        return new TextFactDto(text.Value, source?.Citation, source);
    }

    private static ProvenanceDto? Provenance(RoleDocument document, string? sourceId) =>
        document.SourceOf(sourceId) is { } source
            ? new ProvenanceDto(source.Id, source.Name, source.Quotes, source.Url, source.Date, Display.Citation(source))
            : null;
}
