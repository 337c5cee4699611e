using System.Net;
using System.Text.Json;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Api;

/// <summary>API errors are RFC 9457 problem details: application/problem+json whose status matches the response's.</summary>
public static class Problems
{
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string path, HttpStatusCode status)
    {
        var problem = await client.GetJsonAsync(path, status, "application/problem+json");
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
