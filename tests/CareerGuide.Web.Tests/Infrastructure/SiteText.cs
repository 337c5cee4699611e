using System.Globalization;
using CareerGuide.Content;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>How the site promises to write figures, spelled out independently of the site's own formatting code.</summary>
public static class SiteText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"$52,000": whole dollars with a thousands comma (the repository's guides are all in US dollars).</summary>
    public static string Dollars(Money money)
    {
        Assert.Equal("USD", money.Currency);
        return "$" + money.Amount.ToString(money.Amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
    }

    public static string Per(PayPeriod period) => period switch
    {
        PayPeriod.Hour => "an hour",
        PayPeriod.Month => "a month",
        _ => "a year",
    };

    /// <summary>"23 November 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>A source date: "2023-05" reads "May 2023", "2023-05-14" reads "14 May 2023"; "2023" and "undated" read as written.</summary>
    public static string SourceDate(string date) => date.Length switch
    {
        7 when char.IsDigit(date[0]) => DateOnly.ParseExact(date, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", English),
        10 => Date(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => date,
    };
}
