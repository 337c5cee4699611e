using System.Text.Json;
using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>A page's schema.org data: every script of type application/ld+json, parsed as JSON.</summary>
public static class JsonLd
{
    public static IReadOnlyList<JsonElement> Blocks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']").Select(script => Parse(script.TextContent))];

    /// <summary>The one block of <paramref name="type"/>, with its schema.org context checked.</summary>
    public static JsonElement Block(IHtmlDocument page, string type)
    {
        var block = Assert.Single(Blocks(page), b => b.GetProperty("@type").GetString() == type);
        Assert.Equal("https://schema.org", block.GetProperty("@context").GetString());
        return block;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
