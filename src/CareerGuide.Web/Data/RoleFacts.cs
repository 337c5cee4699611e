namespace CareerGuide.Web.Data;

/// <summary>The key facts of a role, stored in the role's own row; every figure keeps its source.</summary>
public sealed class RoleFacts
{
    public decimal? MedianAmount { get; set; }
    public string? MedianCurrency { get; set; }
    public string? MedianPer { get; set; }
    public string? MedianSource { get; set; }
    public decimal? RangeLow { get; set; }
    public decimal? RangeHigh { get; set; }
    public string? RangeCurrency { get; set; }
    public string? RangeSource { get; set; }
    public decimal? GrowthPercent { get; set; }
    public string? GrowthOutlook { get; set; }
    public string? GrowthPeriod { get; set; }
    public string? GrowthSource { get; set; }
    public int? AnnualOpenings { get; set; }
    public string? OpeningsSource { get; set; }
    public string? Education { get; set; }

    /// <summary>The education text read as a level (see <c>EducationLevels.Classify</c>), for filtering.</summary>
    public int? EducationLevel { get; set; }
    public string? Experience { get; set; }
}
