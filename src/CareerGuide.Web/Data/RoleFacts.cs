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

    /// <summary>The occupation code, for the search filter that finds every guide to one occupation.</summary>
    public string? Soc { get; set; }

    public static RoleFacts Of(RoleGuide guide) => new()
    {
        Soc = guide.Soc,
        MedianAmount = guide.Facts.MedianSalary?.Amount.Amount,
        MedianCurrency = guide.Facts.MedianSalary?.Amount.Currency,
        MedianPer = guide.Facts.MedianSalary?.Per,
        GrowthPercent = guide.Facts.Growth?.RatePercent,
        GrowthOutlook = guide.Facts.Growth?.Outlook,
        EducationLevel = (int?)EducationLevels.Classify(guide.Facts.Education),
    };
}
