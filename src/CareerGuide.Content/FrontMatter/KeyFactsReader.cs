using CareerGuide.Content.Values;

namespace CareerGuide.Content.FrontMatter;

/// <summary>
/// Reads <c>facts:</c>. Each figure is one group of fields, or a list of them when sources differ (the primary first);
/// each names its source by id, and every figure read is noted as a <see cref="Citation"/> for the checks of provenance.
/// </summary>
public static class KeyFactsReader
{
    private const string DefaultCurrency = "USD";
    private const string MoneyExpected = "an amount of money (write it as 52000, 52,000, $52,000 or $52k)";

    public static KeyFacts Read(FrontMatterFields? facts, List<Citation> citations)
    {
        if (facts is null)
        {
            return new KeyFacts();
        }

        var medians = ReadAll(facts, "median_salary", ReadMedian, m => $"{Invariant(m.Amount)} per {m.Per}", m => m.SourceId, citations);
        var ranges = ReadAll(facts, "salary_range", ReadRange, r => $"{Invariant(r.Low)} to {Invariant(r.High)}{(r.OpenTop ? "+" : "")}", r => r.SourceId, citations);
        var growth = ReadAll(facts, "growth", ReadGrowth, g => $"{g.RatePercent}% {g.Period}".Trim(), g => g.SourceId, citations);
        var openings = ReadAll(facts, "annual_openings", ReadOpenings, o => o.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), o => o.SourceId, citations);
        var education = ReadTexts(facts, "education", citations);
        var experience = ReadTexts(facts, "experience", citations);
        var industries = ReadIndustries(facts, citations);
        facts.ReportUnknownKeys();
        return new KeyFacts
        {
            MedianSalary = medians.FirstOrDefault(),
            OtherMedianSalaries = [.. medians.Skip(1)],
            SalaryRange = ranges.FirstOrDefault(),
            OtherSalaryRanges = [.. ranges.Skip(1)],
            Growth = growth.FirstOrDefault(),
            OtherGrowth = [.. growth.Skip(1)],
            AnnualOpenings = openings.FirstOrDefault(),
            OtherAnnualOpenings = [.. openings.Skip(1)],
            Education = education.FirstOrDefault()?.Value,
            EducationSourceId = education.FirstOrDefault()?.SourceId,
            OtherEducation = [.. education.Skip(1)],
            Experience = experience.FirstOrDefault()?.Value,
            ExperienceSourceId = experience.FirstOrDefault()?.SourceId,
            OtherExperience = [.. experience.Skip(1)],
            Industries = industries.Value,
            IndustriesSourceId = industries.SourceId,
        };
    }

    private static List<T> ReadAll<T>(
        FrontMatterFields facts, string key, Func<FrontMatterFields, T?> read, Func<T, string> value, Func<T, string?> sourceOf, List<Citation> citations)
        where T : class
    {
        var items = new List<T>();
        foreach (var group in facts.GroupOrList(key))
        {
            if (read(group) is { } item)
            {
                items.Add(item);
                citations.Add(new Citation(facts.Name(key), value(item), sourceOf(item), group.PositionOf("source")));
            }
        }

        return items;
    }

    /// <summary>A fact in words: plain text (which cites no source), <c>{value: ..., source: id}</c>, or a list of those.</summary>
    private static List<SourcedText> ReadTexts(FrontMatterFields facts, string key, List<Citation> citations)
    {
        if (facts.HoldsGroup(key) || facts.HoldsList(key))
        {
            return ReadAll(facts, key, ReadSourcedText, t => t.Value, t => t.SourceId, citations);
        }

        var text = facts.Text(key);
        if (text is null)
        {
            return [];
        }

        citations.Add(new Citation(facts.Name(key), text, null, facts.PositionOf(key)));
        return [new SourcedText(text, null)];
    }

    private static SourcedText? ReadSourcedText(FrontMatterFields group)
    {
        var value = group.Text("value", required: true);
        var source = group.Text("source");
        group.ReportUnknownKeys();
        return value is null ? null : new SourcedText(value, source);
    }

    private static (IReadOnlyList<string> Value, string? SourceId) ReadIndustries(FrontMatterFields facts, List<Citation> citations)
    {
        const string key = "industries";
        var group = facts.HoldsGroup(key) ? facts.Group(key) : null;
        var names = group is null ? facts.TextList(key) : group.TextList("value");
        var source = group?.Text("source");
        group?.ReportUnknownKeys();
        if (names.Count > 0)
        {
            citations.Add(new Citation(facts.Name(key), string.Join(", ", names), source, group?.PositionOf("source") ?? facts.PositionOf(key)));
        }

        return (names, source);
    }

    private static MedianSalary? ReadMedian(FrontMatterFields group)
    {
        var currency = group.Text("currency") ?? DefaultCurrency;
        var amount = ReadMoney(group, "amount", currency, out _);
        var per = group.Parsed<PayPeriod>("per", TryParsePeriod, "a pay period (year, month or hour)") ?? PayPeriod.Year;
        var source = group.Text("source");
        group.ReportUnknownKeys();
        return amount is null ? null : new MedianSalary(amount, per, source);
    }

    private static SalaryRange? ReadRange(FrontMatterFields group)
    {
        var currency = group.Text("currency") ?? DefaultCurrency;
        var low = ReadMoney(group, "low", currency, out _);
        var high = ReadMoney(group, "high", currency, out var openTop);
        var source = group.Text("source");
        group.ReportUnknownKeys();
        if (low is null || high is null)
        {
            return null;
        }

        if (low.Amount > high.Amount)
        {
            group.ErrorAt("low", $"'{group.Name("low")}' is higher than '{group.Name("high")}'");
        }

        return new SalaryRange(low, high, source) { OpenTop = openTop };
    }

    private static GrowthOutlook? ReadGrowth(FrontMatterFields group)
    {
        var growth = new GrowthOutlook(
            group.Parsed<decimal>("rate", PercentText.TryParse, "a percentage (write it as 5% or -2%)"),
            group.Text("outlook"),
            group.Text("period"),
            group.Text("source"));
        group.ReportUnknownKeys();
        return growth;
    }

    private static AnnualOpenings? ReadOpenings(FrontMatterFields group)
    {
        var count = group.Parsed<int>("count", TryParseCount, "a whole number such as 69300 or 69,300", required: true);
        var source = group.Text("source");
        group.ReportUnknownKeys();
        return count is null ? null : new AnnualOpenings(count.Value, source);
    }

    /// <summary>
    /// A required amount; a currency written with it ("€45,000", "30000 EUR") wins over the group's <c>currency:</c>.
    /// A "+" after it ("$98k+") says the source gives no upper bound: <paramref name="openTop"/>.
    /// </summary>
    private static Money? ReadMoney(FrontMatterFields group, string key, string currency, out bool openTop)
    {
        var text = group.Text(key, required: true);
        openTop = false;
        if (text is null)
        {
            return null;
        }

        var amount = text;
        if (text.EndsWith('+'))
        {
            (amount, openTop) = (text[..^1].TrimEnd(), true);
        }

        if (MoneyText.TryParse(amount, currency, out var money))
        {
            return money;
        }

        group.ErrorAt(key, $"'{group.Name(key)}' is not {MoneyExpected}: \"{text}\"");
        return null;
    }

    private static string Invariant(Money money) => $"{money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {money.Currency}";

    // Enum.TryParse alone would take "1" for Month.
    private static bool TryParsePeriod(string text, out PayPeriod period) =>
        Enum.TryParse(text, ignoreCase: true, out period) && text.All(char.IsLetter);

    private static bool TryParseCount(string text, out int count) =>
        int.TryParse(text.Replace(",", "", StringComparison.Ordinal), out count) && count >= 0;
}
