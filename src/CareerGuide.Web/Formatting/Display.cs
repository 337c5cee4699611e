using System.Globalization;
using CareerGuide.Content;

namespace CareerGuide.Web.Formatting;

/// <summary>How figures read on the site. An explicit culture, never the server's: on C.UTF-8, "C0" would print ¤.</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["INR"] = "₹",
    };

    public static string Money(Money money)
    {
        var number = money.Amount.ToString(money.Amount % 1 == 0 ? "N0" : "N2", English);
        return Symbols.TryGetValue(money.Currency, out var symbol) ? symbol + number : $"{number} {money.Currency}";
    }

    /// <summary>"$52k": for ranges and charts where the exact figure is in the table next to it.</summary>
    public static string MoneyShort(Money money) =>
        money.Amount >= 1000 && money.Amount % 1000 == 0 ? Money(money with { Amount = money.Amount / 1000 }) + "k" : Money(money);

    public static string Count(int count) => count.ToString("N0", English);

    public static string Percent(decimal percent) => percent.ToString("+0.#;-0.#;0", English) + "%";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A source date of "2023-05" reads "May 2023"; "2023-05-14" reads "14 May 2023".</summary>
    public static string SourceDate(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", English)
            : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? Date(day)
                : date;

    /// <summary>"$59,660 a year".</summary>
    public static string Pay(Money amount, PayPeriod per) => $"{Money(amount)} {PerPeriod(per)}";

    public static string PerPeriod(PayPeriod per) => per switch
    {
        PayPeriod.Hour => "an hour",
        PayPeriod.Month => "a month",
        _ => "a year",
    };
}
