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
            facts.MedianSalary is { } median ? new MoneyFactDto(median.Amount.Amount, median.Amount.Currency, median.Per.ToString().ToLowerInvariant(), median.Source) : null,
            facts.SalaryRange is { } range ? new RangeFactDto(range.Low.Amount, range.High.Amount, range.Low.Currency, range.Source) : null,
            facts.Growth is { } growth ? new GrowthFactDto(growth.RatePercent, growth.Outlook, growth.Period, growth.Source) : null,
            facts.AnnualOpenings is { } openings ? new CountFactDto(openings.Count, openings.Source) : null,
            facts.Education,
            facts.Experience,
            facts.Industries);
        return new RoleDto(
            page.Slug, page.Title, page.Summary, page.Category, document.Soc, page.Updated, urls.Role(page.Slug), keyFacts, document.Skills, document.Tools,
            [.. document.Sections.Select(s => new SectionDto(s.Anchor, s.Heading, s.Kind.ToString(), s.Html + s.TrailingHtml, s.Text))],
            [.. document.SalaryLevels.Select(l => new SalaryLevelDto(l.Level, l.Median.Amount, l.Average?.Amount, l.Median.Currency))],
            [.. document.CareerSteps.Select(s => new CareerStepDto(s.Anchor, s.Title, s.Years.Text, s.DutiesHtml, s.FocusAreas))],
            document.Faqs,
            document.Sources,
            [.. page.Links.Related.Select(r => r.Slug)]);
    }
}
