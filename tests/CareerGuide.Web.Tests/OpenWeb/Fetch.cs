using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>GETs that check the status and media type first, then hand back the body parsed as the type promises.</summary>
public static class Fetch
{
    /// <summary>GETs <paramref name="path"/> and checks its status and media type; the caller disposes the response.</summary>
    public static async Task<HttpResponseMessage> ExpectAsync(this HttpClient client, string path, HttpStatusCode status, string mediaType)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        Expect(response, status, mediaType);
        return response;
    }

    /// <summary>The same checks for a response the test already holds, such as one picked out of a burst of requests.</summary>
    public static void Expect(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A 200 XML document in UTF-8, parsed: a parse error fails the test.</summary>
    public static async Task<XDocument> GetXmlAsync(this HttpClient client, string path, string mediaType)
    {
        using var response = await client.ExpectAsync(path, HttpStatusCode.OK, mediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json")
    {
        using var response = await client.ExpectAsync(path, status, mediaType);
        return await ReadJsonAsync(response);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>The absolute address of <paramref name="path"/> on the test site, as canonical links, feeds and structured data write it.</summary>
    public static string Absolute(this HttpClient client, string path) => new Uri(client.BaseAddress!, path).ToString();
}
