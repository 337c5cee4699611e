using System.Text.Json;
using AngleSharp.Html.Dom;
using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>
/// The JSON-LD of each repository guide holds what Google's estimated-salary, FAQ and breadcrumb rich results require,
/// with the values the guide's file says.
/// </summary>
public sealed class StructuredDataTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    public static TheoryData<string> Slugs => new(RepositoryContent.Slugs);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Occupation_names_the_role_its_page_and_where_its_figures_apply(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var occupation = JsonLd.Block(page, "Occupation");

        Assert.Equal(guide.Title, occupation.Text("name"));
        Assert.Equal(guide.Summary, occupation.Text("description"));
        var mainPage = occupation.GetProperty("mainEntityOfPage");
        Assert.Equal(("WebPage", page.Canonical()), (mainPage.Text("@type"), mainPage.Text("@id")));
        var location = Assert.Single(occupation.GetProperty("occupationLocation").EnumerateArray());
        Assert.Equal(("Country", "US"), (location.Text("@type"), location.Text("name")));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Occupation_estimated_salary_is_a_yearly_distribution_of_the_guide_figures(string slug)
    {
        var (guide, page) = await LoadAsync(slug);
        var facts = guide.Facts;

        var salary = Assert.Single(JsonLd.Block(page, "Occupation").GetProperty("estimatedSalary").EnumerateArray());

        Assert.Equal(("MonetaryAmountDistribution", "base", "P1Y"), (salary.Text("@type"), salary.Text("name"), salary.Text("duration")));
        Assert.Equal((facts.MedianSalary?.Amount ?? facts.SalaryRange!.Low).Currency, salary.Text("currency"));
        Assert.Equal(facts.MedianSalary?.Amount.Amount, Number(salary, "median"));
        Assert.Equal(facts.SalaryRange?.Low.Amount, Number(salary, "percentile10"));
        Assert.Equal(facts.SalaryRange?.High.Amount, Number(salary, "percentile90"));
    }

    [Fact]
    public async Task Guide_with_only_a_salary_range_gives_it_as_the_estimated_salary_percentiles()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("facts", """

              salary_range:
                low: $40,000
                high: $60,000
                currency: USD
                source: bls
            """.TrimEnd()).Build());

        var page = await test.CreateClient().GetPageAsync("/roles/support-specialist");

        var salary = Assert.Single(JsonLd.Block(page, "Occupation").GetProperty("estimatedSalary").EnumerateArray());
        Assert.Equal(("MonetaryAmountDistribution", "USD", "P1Y"), (salary.Text("@type"), salary.Text("currency"), salary.Text("duration")));
        Assert.Equal([40_000m, 60_000m], [Number(salary, "percentile10"), Number(salary, "percentile90")]);
        Assert.False(salary.TryGetProperty("median", out _));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Occupation_carries_the_guide_requirements_skills_duties_and_sources(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var occupation = JsonLd.Block(page, "Occupation");

        Assert.Equal(guide.Facts.Education, occupation.Text("educationRequirements"));
        Assert.Equal(guide.Facts.Experience, occupation.Text("experienceRequirements"));
        Assert.Equal(string.Join(", ", guide.Skills), occupation.Text("skills"));
        Assert.Equal(guide.Sections.Single(s => s.Kind == SectionKind.Responsibilities).Text, occupation.Text("responsibilities"));
        Assert.Equal(
            guide.Sources.Where(s => s.Url is not null).Select(s => s.Url),
            occupation.TryGetProperty("sameAs", out var sameAs) ? sameAs.EnumerateArray().Select(url => url.GetString()) : []);
        Assert.NotEmpty(guide.Skills);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Faq_page_has_one_question_with_its_accepted_answer_per_guide_faq(string slug)
    {
        var (guide, page) = await LoadAsync(slug);

        var questions = JsonLd.Block(page, "FAQPage").GetProperty("mainEntity").EnumerateArray().Select(question =>
        {
            var answer = question.GetProperty("acceptedAnswer");
            return (question.Text("@type"), question.Text("name"), answer.Text("@type"), answer.Text("text"));
        });

        Assert.Equal(guide.Faqs.Select(faq => ((string?)"Question", (string?)faq.Question, (string?)"Answer", (string?)faq.AnswerText)), questions);
        Assert.All(guide.Faqs, faq => Assert.False(string.IsNullOrWhiteSpace(faq.AnswerText)));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Breadcrumbs_number_their_steps_from_one_and_follow_the_visible_trail_to_this_page(string slug)
    {
        var (guide, page) = await LoadAsync(slug);
        var client = site.Factory.CreateClient();

        var crumbs = JsonLd.Block(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray()
            .Select(item => (Type: item.Text("@type"), Position: item.GetProperty("position").GetInt32(), Name: item.Text("name"), Item: item.Text("item")))
            .ToList();

        Assert.All(crumbs, crumb => Assert.Equal("ListItem", crumb.Type));
        Assert.Equal(Enumerable.Range(1, crumbs.Count), crumbs.Select(c => c.Position));
        Assert.Equal((client.Absolute("/"), page.Canonical()), (crumbs[0].Item, crumbs[^1].Item));
        Assert.Equal(guide.Title, crumbs[^1].Name);
        // Every step is a link of the breadcrumb readers see, in the same order.
        var visible = page.QuerySelectorAll("nav.breadcrumbs a").Select(a => (a.Text(), client.Absolute(a.GetAttribute("href")!))).ToList();
        Assert.Equal(crumbs.Select(c => (c.Name!, c.Item!)), visible.Where(link => crumbs.Any(c => (c.Name, c.Item) == link)));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Page_has_exactly_one_occupation_one_faq_page_and_one_breadcrumb_list(string slug)
    {
        var (_, page) = await LoadAsync(slug);

        var types = JsonLd.Blocks(page).Select(block => block.Text("@type")).Order(StringComparer.Ordinal);

        Assert.Equal(["BreadcrumbList", "FAQPage", "Occupation"], types);
    }

    private async Task<(RoleGuide Guide, IHtmlDocument Page)> LoadAsync(string slug) =>
        (RepositoryContent.Parse(slug), await site.Factory.CreateClient().GetPageAsync("/roles/" + slug));

    private static decimal? Number(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetDecimal() : null;
}
