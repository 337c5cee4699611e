using CareerGuide.Content;
using CareerGuide.Content.Values;

namespace CareerGuide.Web.Data;

/// <summary>The key facts a list shows or filters by, stored as columns of the role's own row.</summary>
public sealed class RoleFacts
{
    public decimal? MedianAmount { get; set; }
    public string? MedianCurrency { get; set; }
    public PayPeriod? MedianPer { get; set; }
    public decimal? GrowthPercent { get; set; }
    public string? GrowthOutlook { get; set; }

    /// <summary>The education text read as a level (see <c>EducationLevels.Classify</c>), for filtering.</summary>
    public int? EducationLevel { get; set; }

    public static RoleFacts Of(KeyFacts facts) => new()
    {
        MedianAmount = facts.MedianSalary?.Amount.Amount,
        MedianCurrency = facts.MedianSalary?.Amount.Currency,
        MedianPer = facts.MedianSalary?.Per,
        GrowthPercent = facts.Growth?.RatePercent,
        GrowthOutlook = facts.Growth?.Outlook,
        EducationLevel = (int?)EducationLevels.Classify(facts.Education),
    };
}
