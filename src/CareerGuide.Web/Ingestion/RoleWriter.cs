using CareerGuide.Content;
using CareerGuide.Content.Values;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Turns a parsed guide into the rows the database stores: the role itself and the parts it owns.</summary>
public static class RoleWriter
{
    public static Role ToRole(RoleGuide guide, string sourcePath, string contentHash, DateTimeOffset now) => new()
    {
        Slug = guide.Slug,
        Title = guide.Title,
        Summary = guide.Summary,
        Category = guide.Category,
        Updated = guide.Updated,
        IsDraft = guide.Draft,
        SourcePath = sourcePath,
        ContentHash = contentHash,
        IngestedAt = now,
        Facts = ToFacts(guide.Facts),
        Industries = [.. guide.Facts.Industries],
        Skills = [.. guide.Skills],
        Tools = [.. guide.Tools],
    };

    /// <summary>The rows of the guide's sections, tables, steps and lists, for the role with id <paramref name="roleId"/>.</summary>
    public static RoleParts PartsOf(RoleGuide guide, int roleId) => new(
        [.. guide.Sections.Select((s, i) => new RoleSection { RoleId = roleId, Position = i, Anchor = s.Anchor, Heading = s.Heading, Kind = s.Kind.ToString(), Html = s.Html, TrailingHtml = s.TrailingHtml, Text = s.Text })],
        [.. guide.SalaryLevels.Select((l, i) => new RoleSalaryLevel { RoleId = roleId, Position = i, Level = l.Level, Median = l.Median.Amount, Average = l.Average?.Amount, Currency = l.Median.Currency })],
        [.. guide.CareerSteps.Select((s, i) => new RoleCareerStep
        {
            RoleId = roleId,
            Position = i,
            Anchor = s.Anchor,
            Title = s.Title,
            YearsMin = s.Years.Min,
            YearsMax = s.Years.Max,
            YearsText = s.Years.Text,
            DutiesHtml = s.DutiesHtml,
            FocusAreas = [.. s.FocusAreas],
        })],
        [.. guide.Faqs.Select((f, i) => new RoleFaq { RoleId = roleId, Position = i, Anchor = f.Anchor, Question = f.Question, AnswerHtml = f.AnswerHtml, AnswerText = f.AnswerText })],
        [.. guide.Sources.Select((s, i) => new RoleSource { RoleId = roleId, Position = i, Name = s.Name, Url = s.Url, Date = s.Date })],
        [.. guide.Aliases.Select(a => new RoleAlias { RoleId = roleId, Slug = a })],
        [.. guide.Related.Select((slug, i) => new RelatedRole { RoleId = roleId, Position = i, TargetSlug = slug })]);

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
