using System.Globalization;
using System.Net;
using CareerGuide.Web.Tests.Api;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// Search, the API and unknown addresses answer a client that asks too often with 429 and when to come back; other
/// pages do not count.
/// </summary>
public sealed class RateLimitTests
{
    private const int Limit = 3;

    [Theory]
    [InlineData("/search?q=support")]
    [InlineData("/api/v1/roles?q=support")]
    public async Task Too_many_requests_get_429_with_retry_after(string path)
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.In("Production", ("RateLimits:PerClientPer10Seconds", $"{Limit}")).CreateClient();

        // A distinct page each time: a response from the output cache never reaches the limiter.
        var responses = new List<HttpResponseMessage>();
        for (var request = 1; request <= 2 * Limit + 1; request++)
        {
            responses.Add(await client.GetAsync(new Uri($"{path}&min={request}", UriKind.Relative)));
        }

        Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 10);
        await Problems.ReadProblemAsync(refused, HttpStatusCode.TooManyRequests);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task Role_pages_stay_open_to_a_client_that_reached_the_search_limit()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.In("Production", ("RateLimits:PerClientPer10Seconds", "1")).CreateClient();
        using var first = await client.GetAsync(new Uri("/search?q=support", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/search?q=help", UriKind.Relative));

        using var role = await client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
    }

    [Fact]
    public async Task Many_unknown_addresses_from_one_client_get_429_while_its_role_pages_stay_open()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var client = site.In("Production", ("RateLimits:NotFoundPerClientPer10Seconds", $"{Limit}")).CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var request = 1; request <= Limit + 1; request++)
        {
            using var response = await client.GetAsync(new Uri($"/roles/no-such-role-{request}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using var role = await client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, Limit), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
    }
}
