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

    /// <summary>"$37k–$98k", or "$37k–$98k+" when the source gives no upper bound.</summary>
    public static string Range(SalaryRange range) => $"{MoneyShort(range.Low)}–{MoneyShort(range.High)}{(range.OpenTop ? "+" : "")}";

    public static string Count(int count) => count.ToString("N0", English);

    public static string Percent(decimal percent) => percent.ToString("+0.#;-0.#;0", English) + "%";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How a figure's source reads: "U.S. Bureau of Labor Statistics, May 2024, as quoted by Contact Center Pipeline".</summary>
    public static string Citation(SourceRef source)
    {
        var text = source.Quotes ?? source.Name;
        if (source.Date is { } date)
        {
            text += ", " + SourceDate(date);
        }

        return source.Quotes is null ? text : $"{text}, as quoted by {source.Name}";
    }

    /// <summary>A source date of "2023-05" reads "May 2023"; "2023-05-14" reads "14 May 2023"; "2023" and "undated" read as written.</summary>
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
