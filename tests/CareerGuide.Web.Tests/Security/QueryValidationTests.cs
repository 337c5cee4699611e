using System.Net;
using CareerGuide.Web.Tests.Api;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>Query values that make no sense are the client's mistake: 400 with what was wrong, never a 500 or a silent default.</summary>
public sealed class QueryValidationTests(ProductionSiteFixture site) : IClassFixture<ProductionSiteFixture>
{
    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("education=9", "education")]
    [InlineData("min=-1", "min")]
    public async Task Api_value_out_of_range_is_a_problem_naming_the_parameter(string query, string parameter)
    {
        var problem = await site.Factory.CreateClient().GetProblemAsync($"/api/v1/roles?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"No error for '{parameter}' in {problem}");
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("pageSize=ten")]
    [InlineData("education=phd")]
    [InlineData("min=lots")]
    [InlineData("min=99999999999999999999")]
    public async Task Api_value_of_the_wrong_type_is_a_problem_not_a_page(string query)
    {
        await site.Factory.CreateClient().GetProblemAsync($"/api/v1/roles?{query}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_page_number_past_the_pagers_limit_is_a_bad_request_not_an_offset_that_wraps()
    {
        var client = site.Factory.CreateClient();

        foreach (var path in new[] { "/search?q=support&p=42949673", "/?category=Customer%20Support&p=42949673" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} answered {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("q=support&min=lots")]
    [InlineData("q=support&min=-5")]
    [InlineData("q=support&education=9")]
    [InlineData("q=support&education=phd")]
    public async Task Search_with_a_filter_that_makes_no_sense_is_a_bad_request_page_that_says_so(string query)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri($"/search?{query}", UriKind.Relative));

        // Search is a page people use, so the answer is the form again with a notice, not JSON.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form.search-form"));
        Assert.NotNull(page.QuerySelector("[role=alert]"));
    }
}
