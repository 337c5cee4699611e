using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>Fetches pages and parses them into a DOM, so tests assert on elements rather than on text.</summary>
public static class HtmlPages
{
    /// <summary>GETs <paramref name="path"/>, checks it is a 200 HTML page and returns its document.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The element's text with runs of whitespace collapsed, the way a reader sees it.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A heading's own words, without the "#" copy-link widget the site adds to it.</summary>
    public static string HeadingText(this IElement heading)
    {
        var copy = (IElement)heading.Clone(deep: true);
        foreach (var widget in copy.QuerySelectorAll(".anchor-link"))
        {
            widget.Remove();
        }

        return copy.Text();
    }
}
