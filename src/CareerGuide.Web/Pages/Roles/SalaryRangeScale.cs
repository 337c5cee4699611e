using System.Globalization;
using CareerGuide.Content;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>Where the median sits on the key facts' range scale, which is 200 units wide.</summary>
public static class SalaryRangeScale
{
    /// <summary>The median's x on the scale, or null when there is no median inside the range (or in another currency).</summary>
    public static string? MedianAt(SalaryRange range, MedianSalary? median)
    {
        var (low, high) = (range.Low.Amount, range.High.Amount);
        if (median?.Amount is not { } mid || mid.Currency != range.Low.Currency || high <= low || mid.Amount < low || mid.Amount > high)
        {
            return null;
        }

        return Math.Round((double)((mid.Amount - low) / (high - low)) * 200, 1).ToString(CultureInfo.InvariantCulture);
    }
}
