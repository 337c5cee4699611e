using CareerGuide.Content;
using CareerGuide.Content.Values;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Copies a parsed guide onto its stored role, replacing every part the guide owns.</summary>
public static class RoleWriter
{
    public static void Apply(Role role, RoleGuide guide, string contentHash, DateTimeOffset now)
    {
        role.Slug = guide.Slug;
        role.Title = guide.Title;
        role.Summary = guide.Summary;
        role.Category = guide.Category;
        role.Updated = guide.Updated;
        role.IsDraft = guide.Draft;
        role.ContentHash = contentHash;
        role.IngestedAt = now;
        role.Facts = ToFacts(guide.Facts);
        role.Industries = [.. guide.Facts.Industries];
        role.Skills = [.. guide.Skills];
        role.Tools = [.. guide.Tools];

        role.Sections = [.. guide.Sections.Select((s, i) => new RoleSection { Position = i, Anchor = s.Anchor, Heading = s.Heading, Kind = s.Kind.ToString(), Html = s.Html, TrailingHtml = s.TrailingHtml, Text = s.Text })];
        role.SalaryLevels = [.. guide.SalaryLevels.Select((l, i) => new RoleSalaryLevel { Position = i, Level = l.Level, Median = l.Median.Amount, Average = l.Average?.Amount, Currency = l.Median.Currency })];
        role.CareerSteps = [.. guide.CareerSteps.Select((s, i) => new RoleCareerStep
        {
            Position = i,
            Anchor = s.Anchor,
            Title = s.Title,
            YearsMin = s.Years.Min,
            YearsMax = s.Years.Max,
            YearsText = s.Years.Text,
            DutiesHtml = s.DutiesHtml,
            FocusAreas = [.. s.FocusAreas],
        })];
        role.Faqs = [.. guide.Faqs.Select((f, i) => new RoleFaq { Position = i, Anchor = f.Anchor, Question = f.Question, AnswerHtml = f.AnswerHtml, AnswerText = f.AnswerText })];
        role.Sources = [.. guide.Sources.Select((s, i) => new RoleSource { Position = i, Name = s.Name, Url = s.Url, Date = s.Date })];
        role.Aliases = [.. guide.Aliases.Select(a => new RoleAlias { Slug = a })];
        role.RelatedRoles = [.. guide.Related.Select((slug, i) => new RelatedRole { Position = i, TargetSlug = slug })];
    }

    private static RoleFacts ToFacts(KeyFacts facts) => new()
    {
        MedianAmount = facts.MedianSalary?.Amount.Amount,
        MedianCurrency = facts.MedianSalary?.Amount.Currency,
        MedianPer = facts.MedianSalary?.Per.ToString().ToLowerInvariant(),
        MedianSource = facts.MedianSalary?.Source,
        RangeLow = facts.SalaryRange?.Low.Amount,
        RangeHigh = facts.SalaryRange?.High.Amount,
        RangeCurrency = facts.SalaryRange?.Low.Currency,
        RangeSource = facts.SalaryRange?.Source,
        GrowthPercent = facts.Growth?.RatePercent,
        GrowthOutlook = facts.Growth?.Outlook,
        GrowthPeriod = facts.Growth?.Period,
        GrowthSource = facts.Growth?.Source,
        AnnualOpenings = facts.AnnualOpenings?.Count,
        OpeningsSource = facts.AnnualOpenings?.Source,
        Education = facts.Education,
        EducationLevel = (int?)EducationLevels.Classify(facts.Education),
        Experience = facts.Experience,
    };
}
