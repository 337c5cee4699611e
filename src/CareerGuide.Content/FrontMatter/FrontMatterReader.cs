using CareerGuide.Content.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerGuide.Content.FrontMatter;

/// <summary>Turns the YAML front matter of a guide into a <see cref="GuideHeader"/>, reporting every problem with its line.</summary>
public static class FrontMatterReader
{
    private const string DefaultCurrency = "USD";
    private const string MoneyExpected = "an amount of money (write it as 52000, 52,000, $52,000 or $52k)";

    public static GuideHeader? Read(FrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var root = LoadMapping(block, diagnostics);
        if (root is null)
        {
            return null;
        }

        var fields = new FrontMatterFields(root, diagnostics, block.FirstLine);
        var slug = fields.Text("slug");
        if (slug is not null && !Slug.IsValid(slug))
        {
            fields.ErrorAt("slug", $"the slug '{slug}' is not valid: use lowercase letters, digits and single hyphens");
        }

        var header = new GuideHeader(
            slug,
            fields.Text("title", required: true),
            fields.Text("summary", required: true),
            fields.Text("category", required: true),
            fields.Checked("soc", OccupationCode.TryParse, OccupationCode.Expected),
            fields.Date("updated", required: true),
            fields.Flag("draft"),
            SlugList(fields, "aliases"),
            SlugList(fields, "related"),
            ReadFacts(fields.Group("facts")),
            ReadSources(fields),
            fields.Positions);
        fields.ReportUnknownKeys();
        return header;
    }

    private static YamlMappingNode? LoadMapping(FrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + block.FirstLine - 1;
            diagnostics.Error(line, (int)e.Start.Column, $"the front matter is not valid YAML: {FirstSentence(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, when the text ends inside a value or holds stray events.
            diagnostics.Error(block.FirstLine, 1, "the front matter is not valid YAML: it ends in the middle of a value (look for an unclosed [, { or quote)");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(block.FirstLine, 1, "the front matter must be a list of 'field: value' lines");
            return null;
        }

        return root;
    }

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var parenthesis = message.IndexOf(" (Line", StringComparison.Ordinal);
        return parenthesis > 0 ? message[..parenthesis] : message;
    }

    private static IReadOnlyList<string> SlugList(FrontMatterFields fields, string key)
    {
        var slugs = fields.TextList(key);
        foreach (var slug in slugs.Where(s => !Slug.IsValid(s)))
        {
            fields.ErrorAt(key, $"'{fields.Name(key)}' holds '{slug}', which is not a valid slug: use lowercase letters, digits and single hyphens");
        }

        return slugs;
    }

    private static KeyFacts ReadFacts(FrontMatterFields? facts)
    {
        if (facts is null)
        {
            return new KeyFacts();
        }

        var result = new KeyFacts
        {
            MedianSalary = ReadMedian(facts.Group("median_salary")),
            SalaryRange = ReadRange(facts.Group("salary_range")),
            Growth = ReadGrowth(facts.Group("growth")),
            AnnualOpenings = ReadOpenings(facts.Group("annual_openings")),
            Education = facts.Text("education"),
            Experience = facts.Text("experience"),
            Industries = facts.TextList("industries"),
        };
        facts.ReportUnknownKeys();
        return result;
    }

    private static MedianSalary? ReadMedian(FrontMatterFields? group)
    {
        if (group is null)
        {
            return null;
        }

        var currency = group.Text("currency") ?? DefaultCurrency;
        var amount = ReadMoney(group, "amount", currency, required: true);
        var per = group.Parsed<PayPeriod>("per", TryParsePeriod, "a pay period (year, month or hour)") ?? PayPeriod.Year;
        var source = group.Text("source");
        group.ReportUnknownKeys();
        return amount is null ? null : new MedianSalary(amount, per, source);
    }

    private static SalaryRange? ReadRange(FrontMatterFields? group)
    {
        if (group is null)
        {
            return null;
        }

        var currency = group.Text("currency") ?? DefaultCurrency;
        var low = ReadMoney(group, "low", currency, required: true);
        var high = ReadMoney(group, "high", currency, required: true);
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

        return new SalaryRange(low, high, source);
    }

    private static GrowthOutlook? ReadGrowth(FrontMatterFields? group)
    {
        if (group is null)
        {
            return null;
        }

        var growth = new GrowthOutlook(
            group.Parsed<decimal>("rate", PercentText.TryParse, "a percentage (write it as 5% or -2%)"),
            group.Text("outlook"),
            group.Text("period"),
            group.Text("source"));
        group.ReportUnknownKeys();
        return growth;
    }

    private static AnnualOpenings? ReadOpenings(FrontMatterFields? group)
    {
        if (group is null)
        {
            return null;
        }

        var count = group.Parsed<int>("count", TryParseCount, "a whole number such as 69300 or 69,300", required: true);
        var source = group.Text("source");
        group.ReportUnknownKeys();
        return count is null ? null : new AnnualOpenings(count.Value, source);
    }

    private static List<SourceRef> ReadSources(FrontMatterFields fields)
    {
        var sources = new List<SourceRef>();
        foreach (var item in fields.GroupList("sources"))
        {
            var name = item.Text("name", required: true);
            var url = item.Text("url");
            if (url is not null && !IsWebAddress(url))
            {
                item.ErrorAt("url", $"'{item.Name("url")}' must be a web address starting with https:// or http://");
                url = null;
            }

            var date = item.Parsed<SourceDate>("date", SourceDate.TryParse, "a date (write it as YYYY-MM or YYYY-MM-DD)");
            item.ReportUnknownKeys();
            if (name is not null)
            {
                sources.Add(new SourceRef(name, url, date?.Text));
            }
        }

        return sources;
    }

    /// <summary>An amount; a currency written with it ("€45,000", "30000 EUR") wins over the group's <c>currency:</c>.</summary>
    private static Money? ReadMoney(FrontMatterFields group, string key, string currency, bool required)
    {
        var text = group.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (MoneyText.TryParse(text, currency, out var money))
        {
            return money;
        }

        group.ErrorAt(key, $"'{group.Name(key)}' is not {MoneyExpected}: \"{text}\"");
        return null;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    // Enum.TryParse alone would take "1" for Month.
    private static bool TryParsePeriod(string text, out PayPeriod period) =>
        Enum.TryParse(text, ignoreCase: true, out period) && text.All(char.IsLetter);

    private static bool TryParseCount(string text, out int count) =>
        int.TryParse(text.Replace(",", "", StringComparison.Ordinal), out count) && count >= 0;
}
