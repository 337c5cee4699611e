using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Api;

/// <summary>/openapi/v1.json describes the data API, and only it, so clients can be generated from it.</summary>
public sealed class OpenApiDocumentTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task Document_is_openapi_3_listing_both_role_paths_and_nothing_else()
    {
        var document = await site.Factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.Text("openapi"), StringComparison.Ordinal);
        Assert.Equal(
            ["/api/v1/roles", "/api/v1/roles/{slug}"],
            document.GetProperty("paths").EnumerateObject().Select(path => path.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_path_documents_get_alone_so_operation_ids_stay_unique()
    {
        var document = await site.Factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        // The API answers HEAD as well, but HTTP implies HEAD wherever there is GET; listing it would repeat each operationId.
        Assert.All(document.GetProperty("paths").EnumerateObject(), path => Assert.Equal(["get"], path.Value.EnumerateObject().Select(operation => operation.Name)));
    }

    [Fact]
    public async Task List_operation_documents_its_filter_and_paging_parameters()
    {
        var document = await site.Factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        var list = document.GetProperty("paths").GetProperty("/api/v1/roles").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => (p.Text("name"), p.Text("in")));

        Assert.Equal(
            [("category", "query"), ("education", "query"), ("min", "query"), ("page", "query"), ("pageSize", "query"), ("q", "query")],
            parameters.Order());
        Assert.Equal("ListRoles", list.Text("operationId"));
    }

    [Fact]
    public async Task Role_operation_takes_the_slug_from_the_path()
    {
        var document = await site.Factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        var get = document.GetProperty("paths").GetProperty("/api/v1/roles/{slug}").GetProperty("get");

        var parameter = Assert.Single(get.GetProperty("parameters").EnumerateArray());
        Assert.Equal(("slug", "path", true), (parameter.Text("name"), parameter.Text("in"), parameter.GetProperty("required").GetBoolean()));
        Assert.Equal("GetRole", get.Text("operationId"));
    }
}
