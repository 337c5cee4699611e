using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>Each figure shows its source and the date of its data; a fact from several sources shows every value; old data is marked.</summary>
public sealed class ProvenanceTests : IAsyncLifetime
{
    private const string Slug = "support-specialist";

    private const string Bls = "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2024, as quoted by Contact Center Pipeline";

    private readonly CareerGuideFactory _site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

    private static string Guide() => new GuideBuilder("Support Specialist")
        .With("facts", """

              median_salary:
                - amount: $42,830
                  source: bls
                - amount: $39,120
                  source: himalayas
              salary_range:
                low: $37k
                high: $98k+
                source: old-survey
              growth:
                - rate: -5%
                  outlook: Decline
                  period: 2024-2034
                  source: bls
                - rate: 5%
                  outlook: As fast as average
                  source: himalayas
            """.TrimEnd())
        .With("sources", """

              - id: bls
                quotes: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook
                name: Contact Center Pipeline
                url: https://example.org/ccp
                date: 2024
              - id: himalayas
                name: Himalayas
                date: undated
              - id: old-survey
                name: Old pay survey
                date: 2019-05
            """.TrimEnd())
        .Build();

    public async Task InitializeAsync()
    {
        _site.WriteGuide(Slug, Guide());
        await _site.IngestAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_fact_from_two_sources_shows_both_values_each_with_its_source_and_date_the_primary_first()
    {
        var page = await _site.CreateClient().GetPageAsync($"/roles/{Slug}");

        var values = page.QuerySelectorAll("#fact-growth .fact-value")
            .Select(v => (v.QuerySelector(".figure")?.Text(), v.QuerySelector(".fact-source")?.Text()));

        Assert.Equal([("-5%", $"Source: {Bls}"), ("+5%", "Source: Himalayas, undated")], values);
    }

    [Fact]
    public async Task Stale_data_is_marked_with_its_year_and_an_open_top_keeps_its_plus()
    {
        var page = await _site.CreateClient().GetPageAsync($"/roles/{Slug}");

        var range = page.QuerySelector("#fact-salary-range")!;

        Assert.Equal("$37k–$98k+", range.QuerySelector(".figure")?.Text());
        Assert.Equal("Source: Old pay survey, May 2019", range.QuerySelector(".fact-source")?.Text());
        Assert.Equal("data from 2019", range.QuerySelector(".stale-data")?.Text());
        Assert.Null(page.QuerySelector("#fact-growth .stale-data"));
    }

    [Fact]
    public async Task Content_stale_after_years_decides_what_the_page_marks()
    {
        await using var lenient = CareerGuideFactory.WithTestContent(ingestOnStart: false).WithSetting("Content:StaleAfterYears", "20");
        lenient.WriteGuide(Slug, Guide());
        await lenient.IngestAsync();

        var page = await lenient.CreateClient().GetPageAsync($"/roles/{Slug}");

        Assert.Empty(page.QuerySelectorAll(".stale-data"));
    }

    [Fact]
    public async Task The_salary_table_and_each_career_step_show_their_source()
    {
        var page = await _site.CreateClient().GetPageAsync($"/roles/{Slug}");

        Assert.Equal($"Source: {Bls}", page.QuerySelector("#salary-source .fact-source")?.Text());
        Assert.All(page.QuerySelectorAll("li.career-step"), step => Assert.Equal($"Source: {Bls}", step.QuerySelector(".step-source .fact-source")?.Text()));
    }

    [Fact]
    public async Task The_api_gives_the_primary_value_with_its_source_and_date_and_lists_the_others()
    {
        var growth = (await _site.CreateClient().GetJsonAsync($"/api/v1/roles/{Slug}")).GetProperty("facts").GetProperty("growth");

        Assert.Equal((-5m, Bls), (growth.GetProperty("ratePercent").GetDecimal(), growth.Text("source")));
        var provenance = growth.GetProperty("provenance");
        Assert.Equal(
            ("bls", "Contact Center Pipeline", "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook", "2024"),
            (provenance.Text("id"), provenance.Text("name"), provenance.Text("quotes"), provenance.Text("date")));
        var other = Assert.Single(growth.GetProperty("others").EnumerateArray());
        Assert.Equal((5m, "Himalayas, undated", "undated"), (other.GetProperty("ratePercent").GetDecimal(), other.Text("source"), other.GetProperty("provenance").Text("date")));
    }

    [Fact]
    public async Task Structured_data_carries_the_primary_median_only()
    {
        var page = await _site.CreateClient().GetPageAsync($"/roles/{Slug}");

        var salary = Assert.Single(JsonLd.Block(page, "Occupation").GetProperty("estimatedSalary").EnumerateArray());

        Assert.Equal(42_830m, salary.GetProperty("median").GetDecimal());
    }

    [Fact]
    public async Task The_editor_page_lists_every_stale_or_undated_figure_with_its_guide_source_and_date()
    {
        var page = await _site.CreateClient().GetPageAsync("/editor");

        var rows = page.QuerySelectorAll("table.aged-figures tbody tr")
            .Select(row => string.Join(" | ", row.Children.Select(cell => cell.Text().Trim())));

        Assert.Equal(
            ["Support Specialist | median salary | Himalayas | undated",
             "Support Specialist | salary range | Old pay survey | May 2019 (stale)",
             "Support Specialist | growth outlook | Himalayas | undated"],
            rows);
    }

    [Fact]
    public async Task A_guide_broken_since_its_last_good_version_keeps_that_versions_figures_on_the_editor_page()
    {
        _site.WriteGuide(Slug, Guide().Replace("amount: $42,830", "amount: lots", StringComparison.Ordinal));
        await _site.IngestAsync();

        var page = await _site.CreateClient().GetPageAsync("/editor");

        Assert.Equal("rejected", page.QuerySelector("tr.status-rejected .badge")?.Text());
        Assert.Equal(3, page.QuerySelectorAll("table.aged-figures tbody tr").Length);
    }
}
