using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

public sealed class KeyFactsTests
{
    /// <summary>A valid guide whose <c>facts:</c> are <paramref name="facts"/>, written at the left margin and indented here.</summary>
    private static string GuideWithFacts(string facts) => new GuideBuilder().With("facts", Indented(facts)).Build();

    private static string GuideWithSources(string sources) => new GuideBuilder().With("sources", Indented(sources)).Build();

    private static string Indented(string yaml) => "\n" + string.Join("\n", yaml.Split('\n').Select(line => "  " + line));

    [Fact]
    public void Every_key_fact_is_read_with_its_figures_and_source()
    {
        var facts = Guides.Valid(GuideWithFacts("""
            median_salary:
              amount: $59,660
              currency: USD
              per: year
              source: bls
            salary_range:
              low: $37k
              high: $98k
              source: bls
            growth:
              rate: 5%
              outlook: As fast as average
              period: 2022-2032
              source: bls
            annual_openings:
              count: 69,300
              source: bls
            education: {value: Some college, source: bls}
            experience: {value: 0-2 years, source: bls}
            industries: {value: [Software, Telecommunications], source: bls}
            """)).Facts;

        Assert.Equal(new MedianSalary(new Money(59660m, "USD"), PayPeriod.Year, "bls"), facts.MedianSalary);
        Assert.Equal(new SalaryRange(new Money(37000m, "USD"), new Money(98000m, "USD"), "bls"), facts.SalaryRange);
        Assert.Equal(new GrowthOutlook(5m, "As fast as average", "2022-2032", "bls"), facts.Growth);
        Assert.Equal(new AnnualOpenings(69300, "bls"), facts.AnnualOpenings);
        Assert.Equal(("Some college", "bls"), (facts.Education, facts.EducationSourceId));
        Assert.Equal(("0-2 years", "bls"), (facts.Experience, facts.ExperienceSourceId));
        Assert.Equal(["Software", "Telecommunications"], facts.Industries);
        Assert.Equal("bls", facts.IndustriesSourceId);
    }

    [Fact]
    public void Median_salary_defaults_to_dollars_per_year()
    {
        var median = Guides.Valid(GuideWithFacts("median_salary:\n  amount: 52000\n  source: bls")).Facts.MedianSalary;

        Assert.Equal(new MedianSalary(new Money(52000m, "USD"), PayPeriod.Year, "bls"), median);
    }

    [Theory]
    [InlineData("month", PayPeriod.Month)]
    [InlineData("Hour", PayPeriod.Hour)]
    [InlineData("YEAR", PayPeriod.Year)]
    public void Median_salary_keeps_its_currency_and_pay_period(string per, PayPeriod expected)
    {
        var median = Guides.Valid(GuideWithFacts($"median_salary:\n  amount: 4,200\n  currency: EUR\n  per: {per}\n  source: bls")).Facts.MedianSalary!;

        Assert.Equal(new Money(4200m, "EUR"), median.Amount);
        Assert.Equal(expected, median.Per);
    }

    [Fact]
    public void Salary_range_uses_its_own_currency()
    {
        var range = Guides.Valid(GuideWithFacts("salary_range:\n  low: 30k\n  high: 60k\n  currency: GBP\n  source: bls")).Facts.SalaryRange;

        Assert.Equal(new SalaryRange(new Money(30000m, "GBP"), new Money(60000m, "GBP"), "bls"), range);
    }

    [Theory]
    [InlineData("5%", 5.0)]
    [InlineData("-2%", -2.0)]
    [InlineData("+3.5%", 3.5)]
    public void Growth_rate_is_read_as_a_signed_percentage(string rate, double expected)
    {
        var growth = Guides.Valid(GuideWithFacts($"growth:\n  rate: {rate}\n  source: bls")).Facts.Growth!;

        Assert.Equal((decimal)expected, growth.RatePercent);
        Assert.Null(growth.Outlook);
    }

    [Fact]
    public void A_guide_without_facts_has_none()
    {
        var facts = Guides.Valid(new GuideBuilder().Without("facts").Build()).Facts;

        Assert.Equal((null, null, null, null), (facts.MedianSalary, facts.SalaryRange, facts.Growth, facts.AnnualOpenings));
        Assert.Empty(facts.Industries);
    }

    [Theory]
    [InlineData("median_salary:\n  amount: about fifty", "facts.median_salary.amount", "about fifty")]
    [InlineData("salary_range:\n  low: a little\n  high: $98k", "facts.salary_range.low", "a little")]
    [InlineData("salary_range:\n  low: $37k\n  high: $98,00", "facts.salary_range.high", "$98,00")]
    public void Amount_that_is_not_money_is_reported_with_its_field_and_text(string facts, string field, string value)
    {
        var text = GuideWithFacts(facts);

        var error = Guides.SingleError(text);

        var key = field[(field.LastIndexOf('.') + 1)..] + ": ";
        Assert.Equal(
            (Guides.LineOf(text, key + value), 5 + key.Length, $"'{field}' is not an amount of money (write it as 52000, 52,000, $52,000 or $52k): \"{value}\""),
            Guides.Where(error));
    }

    [Fact]
    public void Growth_rate_that_is_not_a_percentage_is_reported()
    {
        var text = GuideWithFacts("growth:\n  rate: five percent\n  source: bls");

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "rate:"), 11, "'facts.growth.rate' is not a percentage (write it as 5% or -2%): \"five percent\""),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("many")]
    [InlineData("-5")]
    [InlineData("69.3k")]
    public void Openings_count_that_is_not_a_whole_number_is_reported(string count)
    {
        var error = Guides.SingleError(GuideWithFacts($"annual_openings:\n  count: {count}"));

        Assert.Equal($"'facts.annual_openings.count' is not a whole number such as 69300 or 69,300: \"{count}\"", error.Message);
    }

    [Fact]
    public void Pay_period_other_than_year_month_or_hour_is_reported()
    {
        var error = Guides.SingleError(GuideWithFacts("median_salary:\n  amount: 52000\n  per: week\n  source: bls"));

        Assert.Equal("'facts.median_salary.per' is not a pay period (year, month or hour): \"week\"", error.Message);
    }

    [Theory]
    [InlineData("median_salary:\n  currency: USD", "facts.median_salary.amount")]
    [InlineData("salary_range:\n  low: $37k", "facts.salary_range.high")]
    [InlineData("annual_openings:\n  source: BLS", "facts.annual_openings.count")]
    public void Missing_required_figure_is_reported_at_its_group(string facts, string field)
    {
        var text = GuideWithFacts(facts);

        var error = Guides.SingleError(text);

        Assert.Equal((Guides.LineOf(text, facts.Split('\n')[1]), 5, $"'{field}' is required"), Guides.Where(error));
    }

    [Fact]
    public void Range_whose_low_is_above_its_high_is_reported_at_the_low()
    {
        var text = GuideWithFacts("salary_range:\n  low: $98k\n  high: $37k\n  source: bls");

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "low: $98k"), 10, "'facts.salary_range.low' is higher than 'facts.salary_range.high'"),
            Guides.Where(error));
    }

    [Fact]
    public void Text_fact_given_as_a_list_and_list_item_given_as_a_list_are_both_reported()
    {
        var text = GuideWithFacts("education: [Degree, Bootcamp]\nindustries: {value: [[Software], Retail], source: bls}");

        var result = Guides.Parse(text);

        // A list under education is a list of sourced values, each a group of fields with its own source.
        Assert.Equal(
            [(Guides.LineOf(text, "education:"), "item 1 of 'facts.education' must be a group of fields"),
             (Guides.LineOf(text, "education:"), "item 2 of 'facts.education' must be a group of fields"),
             (Guides.LineOf(text, "industries:"), "each item of 'facts.industries.value' must be text")],
            result.Diagnostics.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void Sources_are_read_with_name_url_and_date_which_are_optional()
    {
        var guide = Guides.Valid(GuideWithSources("""
            - id: bls
              name: U.S. Bureau of Labor Statistics
              url: https://www.bls.gov/ooh/
              date: 2023-05
            - name: Career profile
              url: http://example.org/profile
              date: 2024-02-29
            - name: Himalayas guide
            """));

        Assert.Equal(
            [new SourceRef("U.S. Bureau of Labor Statistics", "https://www.bls.gov/ooh/", "2023-05") { Id = "bls" },
             new SourceRef("Career profile", "http://example.org/profile", "2024-02-29"),
             new SourceRef("Himalayas guide", null, null)],
            guide.Sources);
    }

    [Theory]
    [InlineData("ftp://example.org/data")]
    [InlineData("www.bls.gov")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:editor@example.org")]
    public void Source_url_that_is_not_a_web_address_is_reported(string url)
    {
        var text = GuideWithSources($"- name: BLS\n  url: {url}");

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "url:"), 10, "'sources[1].url' must be a web address starting with https:// or http://"),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("May 2023")]
    [InlineData("2023-13")]
    [InlineData("2023/05")]
    [InlineData("2023-02-30")]
    [InlineData("23")]
    [InlineData("Undated")]
    public void Source_date_that_is_not_a_year_a_month_a_day_or_undated_is_reported(string date)
    {
        var text = GuideWithSources($"- name: BLS\n- name: Himalayas\n  date: {date}");

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "date:"), 11, $"'sources[2].date' is not a date of the data (write it as YYYY, YYYY-MM or YYYY-MM-DD, or 'undated' when the source gives none): \"{date}\""),
            Guides.Where(error));
    }

    [Fact]
    public void Source_without_a_name_or_that_is_not_a_group_is_reported_by_its_number()
    {
        var text = GuideWithSources("- name: BLS\n- url: https://example.org\n- just a name");

        var result = Guides.Parse(text);

        Assert.Equal(
            [(Guides.LineOf(text, "- just a name"), 5, "item 3 of 'sources' must be a group of fields"),
             (Guides.LineOf(text, "- url:"), 5, "'sources[2].name' is required")],
            result.Diagnostics.Select(Guides.Where));
    }

    [Fact]
    public void Currency_written_with_the_amount_is_kept_when_the_group_has_no_currency_field()
    {
        var facts = Guides.Valid(GuideWithFacts("median_salary:\n  amount: €45,000\n  source: bls\nsalary_range:\n  low: 30000 EUR\n  high: 60000 EUR\n  source: bls")).Facts;

        Assert.Equal(new Money(45000m, "EUR"), facts.MedianSalary!.Amount);
        Assert.Equal(new Money(30000m, "EUR"), facts.SalaryRange!.Low);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Pay_period_written_as_a_number_is_reported(string per)
    {
        var error = Guides.SingleError(GuideWithFacts($"median_salary:\n  amount: 52000\n  per: {per}\n  source: bls"));

        Assert.Equal($"'facts.median_salary.per' is not a pay period (year, month or hour): \"{per}\"", error.Message);
    }
}
