using System.Globalization;

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

    public static string Money(decimal amount, string? currency)
    {
        var number = amount.ToString(amount % 1 == 0 ? "N0" : "N2", English);
        return Symbols.TryGetValue(currency ?? "USD", out var symbol) ? symbol + number : $"{number} {currency}";
    }

    /// <summary>"$52k": for ranges and charts where the exact figure is in the table next to it.</summary>
    public static string MoneyShort(decimal amount, string? currency) =>
        amount >= 1000 && amount % 1000 == 0 ? Money(amount / 1000, currency) + "k" : Money(amount, currency);

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

    public static string PerPeriod(string? per) => per switch
    {
        "hour" => "an hour",
        "month" => "a month",
        _ => "a year",
    };
}
