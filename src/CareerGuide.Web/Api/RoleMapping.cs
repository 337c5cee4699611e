using CareerGuide.Web.Pages.Roles;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Api;

/// <summary>The role page's view model, reshaped for the API.</summary>
public static class RoleMapping
{
    public static RoleDto ToDto(RolePage page, SiteUrls urls)
    {
        var role = page.Role;
        var facts = role.Facts;
        var keyFacts = new KeyFactsDto(
            facts.MedianAmount is { } median ? new MoneyFactDto(median, facts.MedianCurrency ?? "USD", facts.MedianPer ?? "year", facts.MedianSource) : null,
            facts.RangeLow is { } low && facts.RangeHigh is { } high ? new RangeFactDto(low, high, facts.RangeCurrency ?? "USD", facts.RangeSource) : null,
            facts.GrowthPercent is not null || facts.GrowthOutlook is not null ? new GrowthFactDto(facts.GrowthPercent, facts.GrowthOutlook, facts.GrowthPeriod, facts.GrowthSource) : null,
            facts.AnnualOpenings is { } openings ? new CountFactDto(openings, facts.OpeningsSource) : null,
            facts.Education,
            facts.Experience,
            role.Industries);
        return new RoleDto(
            role.Slug, role.Title, role.Summary, role.Category, role.Updated, urls.Role(role.Slug), keyFacts, role.Skills, role.Tools,
            [.. role.Sections.Select(s => new SectionDto(s.Anchor, s.Heading, s.Kind, s.Html + s.TrailingHtml, s.Text))],
            [.. role.SalaryLevels.Select(l => new SalaryLevelDto(l.Level, l.Median, l.Average, l.Currency))],
            [.. role.CareerSteps.Select(s => new CareerStepDto(s.Anchor, s.Title, s.YearsText, s.DutiesHtml, s.FocusAreas))],
            [.. role.Faqs.Select(f => new FaqDto(f.Anchor, f.Question, f.AnswerHtml, f.AnswerText))],
            [.. role.Sources.Select(s => new SourceDto(s.Name, s.Url, s.Date))],
            [.. page.Related.Select(r => r.Slug)]);
    }
}
