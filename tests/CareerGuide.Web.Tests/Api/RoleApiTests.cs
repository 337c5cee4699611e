using System.Globalization;
using System.Net;
using System.Text.Json;
using CareerGuide.Web.Tests.OpenWeb;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.Api;

/// <summary>GET /api/v1/roles/{slug}: the whole guide as structured JSON, the same data the role page shows.</summary>
public sealed class RoleApiTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Slug = SampleSiteFixture.SupportSpecialist;

    [Fact]
    public async Task Role_has_the_guide_identity_and_address()
    {
        var guide = SampleSiteFixture.Guide(Slug);
        var client = site.Factory.CreateClient();

        var role = await client.GetJsonAsync($"/api/v1/roles/{Slug}");

        Assert.Equal(
            (guide.Slug, guide.Title, guide.Summary, guide.Category, guide.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), client.Absolute($"/roles/{Slug}")),
            (role.Text("slug"), role.Text("title"), role.Text("summary"), role.Text("category"), role.Text("updated"), role.Text("url")));
        Assert.Equal(guide.Skills, role.Strings("skills"));
        Assert.Equal(guide.Tools, role.Strings("tools"));
        Assert.Empty(role.Strings("related"));
    }

    [Fact]
    public async Task Role_key_facts_carry_their_figures_and_sources()
    {
        var guide = SampleSiteFixture.Guide(Slug);
        var facts = guide.Facts;

        var json = (await site.Factory.CreateClient().GetJsonAsync($"/api/v1/roles/{Slug}")).GetProperty("facts");

        var median = json.GetProperty("medianSalary");
        Assert.Equal(
            (facts.MedianSalary!.Amount.Amount, facts.MedianSalary.Amount.Currency, "year", SampleSiteFixture.Citation(guide, facts.MedianSalary.SourceId)),
            (median.GetProperty("amount").GetDecimal(), median.Text("currency"), median.Text("per"), median.Text("source")));
        var range = json.GetProperty("salaryRange");
        Assert.Equal(
            (facts.SalaryRange!.Low.Amount, facts.SalaryRange.High.Amount, facts.SalaryRange.Low.Currency, SampleSiteFixture.Citation(guide, facts.SalaryRange.SourceId)),
            (range.GetProperty("low").GetDecimal(), range.GetProperty("high").GetDecimal(), range.Text("currency"), range.Text("source")));
        Assert.Equal(facts.Growth!.RatePercent, json.GetProperty("growth").GetProperty("ratePercent").GetDecimal());
        Assert.Equal(facts.AnnualOpenings!.Count, json.GetProperty("annualOpenings").GetProperty("count").GetInt32());
        Assert.Equal((facts.Education, facts.Experience), (json.Text("education"), json.Text("experience")));
        Assert.Equal(facts.Industries, json.Strings("industries"));
    }

    [Fact]
    public async Task Role_has_every_section_salary_level_career_step_faq_and_source_in_order()
    {
        var guide = SampleSiteFixture.Guide(Slug);

        var role = await site.Factory.CreateClient().GetJsonAsync($"/api/v1/roles/{Slug}");

        Assert.Equal(
            guide.Sections.Select(s => $"{s.Anchor} | {s.Heading} | {s.Kind}"),
            Rows(role, "sections", s => $"{s.Text("anchor")} | {s.Text("heading")} | {s.Text("kind")}"));
        Assert.Equal(
            guide.SalaryLevels.Select(l => $"{l.Level} | {l.Median.Amount:0.##} | {l.Median.Currency}"),
            Rows(role, "salaryLevels", l => $"{l.Text("level")} | {l.GetProperty("median").GetDecimal():0.##} | {l.Text("currency")}"));
        Assert.Equal(
            guide.CareerSteps.Select(s => $"{s.Anchor} | {s.Title} | {s.Years.Text} | {string.Join(", ", s.FocusAreas)}"),
            Rows(role, "careerSteps", s => $"{s.Text("anchor")} | {s.Text("title")} | {s.Text("years")} | {string.Join(", ", s.Strings("focusAreas"))}"));
        Assert.Equal(
            guide.Faqs.Select(f => $"{f.Anchor} | {f.Question} | {f.AnswerText}"),
            Rows(role, "faqs", f => $"{f.Text("anchor")} | {f.Text("question")} | {f.Text("answerText")}"));
        Assert.Equal(
            guide.Sources.Select(s => $"{s.Name} | {s.Url} | {s.Date}"),
            Rows(role, "sources", s => $"{s.Text("name")} | {s.Text("url")} | {s.Text("date")}"));
    }

    [Theory]
    [InlineData("no-such-role")]
    [InlineData(SampleSiteFixture.Draft)]
    public async Task Unknown_or_draft_role_is_a_404_problem(string slug)
    {
        await site.Factory.CreateClient().GetProblemAsync($"/api/v1/roles/{slug}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_api_address_is_a_404_problem_too()
    {
        await site.Factory.CreateClient().GetProblemAsync("/api/v1/occupations", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Old_slug_redirects_permanently_to_the_role_current_api_address()
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/api/v1/roles/{SampleSiteFixture.OldSlug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(client.Absolute($"/api/v1/roles/{Slug}"), client.Absolute(response.Headers.Location!.OriginalString));
    }

    /// <summary>Each item of an array as one line, so a mismatch prints the whole item.</summary>
    private static IEnumerable<string> Rows(JsonElement element, string property, Func<JsonElement, string> row) =>
        element.GetProperty(property).EnumerateArray().Select(row);
}
