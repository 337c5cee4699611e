using System.Net;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Caching;

/// <summary>
/// Pages and the API carry the same kind of ETag, and answer it with 304 by the same rules (weak comparison, <c>*</c>,
/// lists), whether the response comes from the output cache or is made afresh.
/// </summary>
public sealed class ETagTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string> Addresses { get; } =
    [
        $"/roles/{SampleSiteFixture.SupportSpecialist}",
        $"/roles/{SampleSiteFixture.SupportSpecialist}/job-description",
        "/sitemap.xml",
        $"/api/v1/roles/{SampleSiteFixture.SupportSpecialist}",
        "/api/v1/roles",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_page_and_api_response_has_a_weak_etag_that_answers_304(string path)
    {
        var client = site.Factory.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var etag = first.Headers.ETag;

        using var again = await GetAsync(client, path, etag!.ToString());

        Assert.True(etag.IsWeak, etag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Without_the_output_cache_the_same_etag_still_answers_304(string path)
    {
        await using var uncached = site.Factory.In("Development", ("Caching:Enabled", "false"));
        var client = uncached.CreateClient();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));

        using var again = await GetAsync(client, path, first.Headers.ETag!.ToString());

        Assert.Null(first.Headers.Age);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Theory]
    [InlineData("strong form of the tag")]
    [InlineData("list holding the tag")]
    [InlineData("*")]
    public async Task If_none_match_compares_weakly_takes_lists_and_star(string form)
    {
        await using var uncached = site.Factory.In("Development", ("Caching:Enabled", "false"));
        var client = uncached.CreateClient();
        const string Path = $"/api/v1/roles/{SampleSiteFixture.SupportSpecialist}";
        using var first = await client.GetAsync(new Uri(Path, UriKind.Relative));
        var tag = first.Headers.ETag!.Tag;

        using var again = await GetAsync(client, Path, form switch
        {
            "strong form of the tag" => tag,
            "list holding the tag" => $"\"other\", W/{tag}",
            _ => "*",
        });

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }
}
