using System.Net;
using System.Text.Json;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Api;

/// <summary>API errors are RFC 9457 problem details: application/problem+json whose status matches the response's.</summary>
public static class Problems
{
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string path, HttpStatusCode status)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        return await ReadProblemAsync(response, status);
    }

    /// <summary>Checks and reads a problem from a response the test already holds; the caller disposes it.</summary>
    public static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Fetch.Expect(response, status, "application/problem+json");
        var problem = await Fetch.ReadJsonAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
