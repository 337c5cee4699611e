using System.Net;
using System.Text.Json;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;
using Microsoft.AspNetCore.Hosting;

namespace CareerGuide.Web.Tests.Api;

/// <summary>GET /api/v1/roles: published roles in title order, paged, filterable like search, with 400 problems for bad parameters.</summary>
public sealed class RoleListApiTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task List_has_every_published_role_as_a_card_and_the_paging_totals()
    {
        var client = site.Factory.CreateClient();

        var list = await client.GetJsonAsync("/api/v1/roles");

        Assert.Equal((1, 20, SampleSiteFixture.Published.Count), Paging(list));
        var cards = list.GetProperty("items").EnumerateArray().Select(card => (
            card.GetProperty("slug").GetString(), card.GetProperty("title").GetString(), card.GetProperty("summary").GetString(),
            card.GetProperty("category").GetString(), card.GetProperty("medianSalary").GetDecimal(), card.GetProperty("currency").GetString(),
            card.GetProperty("url").GetString()));
        var expected = SampleSiteFixture.Published.Select(SampleSiteFixture.Guide).Select(guide => (
            (string?)guide.Slug, (string?)guide.Title, (string?)guide.Summary, (string?)guide.Category, guide.Facts.MedianSalary!.Amount.Amount,
            (string?)guide.Facts.MedianSalary.Amount.Currency, (string?)client.Absolute($"/roles/{guide.Slug}")));
        Assert.Equal(expected, cards);
    }

    [Fact]
    public async Task Pages_split_the_list_without_gaps_or_overlaps()
    {
        var client = site.Factory.CreateClient();

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await client.GetJsonAsync($"/api/v1/roles?page={page}&pageSize=2"));
        }

        Assert.Equal([(1, 2, 3), (2, 2, 3), (3, 2, 3)], pages.Select(Paging));
        Assert.Equal([2, 1, 0], pages.Select(page => page.GetProperty("items").GetArrayLength()));
        Assert.Equal(SampleSiteFixture.Published, pages.SelectMany(Slugs));
    }

    [Theory]
    [InlineData("category=Data", new[] { SampleSiteFixture.DataAnalyst })]
    [InlineData("category=Customer%20Support", new[] { SampleSiteFixture.HelpDeskTechnician, SampleSiteFixture.SupportSpecialist })]
    [InlineData("min=50000", new[] { SampleSiteFixture.DataAnalyst, SampleSiteFixture.SupportSpecialist })]
    [InlineData("education=1", new[] { SampleSiteFixture.HelpDeskTechnician })]
    [InlineData("education=2&min=50000", new[] { SampleSiteFixture.SupportSpecialist })]
    [InlineData("q=analyst", new[] { SampleSiteFixture.DataAnalyst })]
    [InlineData("q=support&category=Data", new string[0])]
    [InlineData("q=lead", new string[0])]
    public async Task Filters_narrow_the_list_and_its_total(string query, string[] slugs)
    {
        var list = await site.Factory.CreateClient().GetJsonAsync("/api/v1/roles?" + query);

        Assert.Equal(slugs, Slugs(list));
        Assert.Equal(slugs.Length, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("education=6", "education")]
    [InlineData("min=-1", "min")]
    public async Task Out_of_range_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        var problem = await site.Factory.CreateClient().GetProblemAsync("/api/v1/roles?" + query, HttpStatusCode.BadRequest);

        Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    [Theory]
    [InlineData("", 42949673)]
    [InlineData("", int.MaxValue)]
    [InlineData("q=support&", 42949673)]
    [InlineData("q=support&", int.MaxValue)]
    public async Task A_page_past_every_role_is_empty_and_keeps_the_true_total(string search, int page)
    {
        var client = site.Factory.CreateClient();
        var first = await client.GetJsonAsync($"/api/v1/roles?{search}pageSize=100");

        // (page - 1) * pageSize passes int.MaxValue here: the offset must not wrap round to the first page.
        var far = await client.GetJsonAsync($"/api/v1/roles?{search}page={page}&pageSize=100");

        Assert.NotEmpty(Slugs(first));
        Assert.Empty(Slugs(far));
        Assert.Equal((page, 100, first.GetProperty("total").GetInt32()), Paging(far));
    }

    [Fact]
    public async Task Too_long_search_is_a_400_problem()
    {
        var problem = await site.Factory.CreateClient().GetProblemAsync("/api/v1/roles?q=" + new string('a', 500), HttpStatusCode.BadRequest);

        Assert.Equal(["q"], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    [Theory]
    [InlineData("page=two")]
    [InlineData("min=lots")]
    public async Task Parameter_that_is_not_a_number_is_a_400_problem_in_production(string query)
    {
        // Only production answers a parameter that does not bind with an empty 400; development throws and shows its exception page.
        await using var empty = CareerGuideFactory.WithTestContent();
        await using var production = empty.WithWebHostBuilder(host => host.UseEnvironment("Production"));

        await production.CreateClient().GetProblemAsync("/api/v1/roles?" + query, HttpStatusCode.BadRequest);
    }

    private static (int Page, int PageSize, int Total) Paging(JsonElement list) =>
        (list.GetProperty("page").GetInt32(), list.GetProperty("pageSize").GetInt32(), list.GetProperty("total").GetInt32());

    private static IEnumerable<string?> Slugs(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(card => card.GetProperty("slug").GetString());
}
