using System.Net;
using System.Net.Http.Headers;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Api;

/// <summary>API responses carry an ETag; a client that sends it back gets 304 until the guide changes.</summary>
public sealed class ApiETagTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Theory]
    [InlineData($"/api/v1/roles/{SampleSiteFixture.SupportSpecialist}")]
    [InlineData("/api/v1/roles?pageSize=2")]
    public async Task Sending_back_the_etag_answers_304_without_a_body(string path)
    {
        var client = site.Factory.CreateClient();
        using var first = await client.ExpectAsync(path, HttpStatusCode.OK, "application/json");
        var etag = first.Headers.ETag;

        using var again = await GetAsync(client, path, etag!);

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
    }

    [Fact]
    public async Task Another_etag_gets_the_whole_response()
    {
        var client = site.Factory.CreateClient();

        using var response = await GetAsync(client, "/api/v1/roles", new EntityTagHeaderValue("\"stale\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await Fetch.ReadJsonAsync(response)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Editing_the_guide_changes_its_etag_so_clients_fetch_it_again()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = test.CreateClient();
        using var before = await client.ExpectAsync("/api/v1/roles/support-specialist", HttpStatusCode.OK, "application/json");
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("summary", "Keeps customers' tools working.").Build());

        await test.IngestAsync();
        using var after = await GetAsync(client, "/api/v1/roles/support-specialist", before.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Keeps customers' tools working.", (await Fetch.ReadJsonAsync(after)).Text("summary"));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, EntityTagHeaderValue ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await client.SendAsync(request);
    }
}
