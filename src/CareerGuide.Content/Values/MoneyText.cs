using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Values;

/// <summary>Reads amounts of money the way editors write them: <c>52000</c>, <c>52,000</c>, <c>$52,000</c>, <c>$52k USD</c>, <c>$98k+</c>.</summary>
public static partial class MoneyText
{
    // At most 15 digits before the point: far beyond any salary, and never an overflow, even times 1,000.
    [GeneratedRegex(@"^(?<symbol>[$€£₹])?\s*(?<number>\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?<fraction>\.\d{1,4})?\s*(?<thousands>[kK])?\+?\s*(?<code>[A-Za-z]{3})?$")]
    private static partial Regex Pattern();

    // ISO 4217 codes of the currencies guides are likely to quote; anything else after a number is not a currency.
    private static readonly HashSet<string> KnownCurrencies =
    [
        "USD", "EUR", "GBP", "INR", "CAD", "AUD", "NZD", "JPY", "CNY", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON",
        "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "EGP", "SGD", "HKD", "KRW", "TWD", "PHP", "IDR", "MYR",
        "THB", "VND", "AED", "SAR", "ILS", "TRY", "UAH",
    ];

    private static readonly Dictionary<string, string> CurrencyBySymbol = new()
    {
        ["$"] = "USD",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["₹"] = "INR",
    };

    /// <summary>Parses <paramref name="text"/>; a currency written in the text wins over <paramref name="defaultCurrency"/>.</summary>
    public static bool TryParse(string? text, string defaultCurrency, out Money money)
    {
        money = new Money(0, defaultCurrency);
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || match.Groups["code"].Success && !KnownCurrencies.Contains(match.Groups["code"].Value.ToUpperInvariant()))
        {
            return false;
        }

        var amount = decimal.Parse(
            match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups["fraction"].Value,
            CultureInfo.InvariantCulture);
        if (match.Groups["thousands"].Success)
        {
            amount *= 1000;
        }

        var currency = match.Groups["code"].Success
            ? match.Groups["code"].Value.ToUpperInvariant()
            : CurrencyBySymbol.GetValueOrDefault(match.Groups["symbol"].Value, defaultCurrency);
        money = new Money(amount, currency);
        return true;
    }
}
