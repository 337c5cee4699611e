using System.Text.Json;
using AngleSharp.Html.Dom;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>Nothing an editor writes runs as script on the page: raw HTML is shown as text.</summary>
public sealed class RoleMarkupSafetyTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task Script_in_a_section_is_shown_as_text()
    {
        var page = await RenderAsync(new GuideBuilder("Support Specialist").WithSection("Notes", Script));

        Assert.Contains(Script, page.QuerySelector("section#notes")!.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article.role script"));
    }

    [Fact]
    public async Task Script_in_the_front_matter_is_shown_as_text_and_cannot_close_the_structured_data()
    {
        const string Summary = "Fixes things.</script><script>alert(1)</script>";
        var page = await RenderAsync(new GuideBuilder("Support Specialist").With("summary", $"'{Summary}'"));

        Assert.Equal(Summary, page.QuerySelector(".role-header .lead")?.Text());
        Assert.Empty(page.QuerySelectorAll("article.role script"));
        // The only scripts are the site's own file and JSON-LD that still parses, with the summary intact inside it.
        var inline = page.QuerySelectorAll("script:not([src])").ToList();
        Assert.All(inline, script => Assert.Equal("application/ld+json", script.GetAttribute("type")));
        var descriptions = inline.Select(script => JsonDocument.Parse(script.TextContent).RootElement)
            .Where(json => json.TryGetProperty("description", out _)).Select(json => json.GetProperty("description").GetString());
        Assert.Equal([Summary], descriptions);
    }

    [Fact]
    public async Task Event_handler_attribute_written_after_a_link_never_reaches_the_page()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").WithSection("Notes", "Read the handbook first.").Build());
        var client = site.CreateClient();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist")
            .WithSection("Notes", "Read [the handbook](https://example.com/handbook){onmouseover=\"alert(1)\"} first.")
            .Build());

        await site.IngestAsync();
        var page = await client.GetPageAsync("/roles/support-specialist");

        // Whether the attribute is stripped or the edit rejected, no element of the role may carry an event handler.
        var handlers = page.QuerySelectorAll("article.role *")
            .SelectMany(element => element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{element.LocalName} {a.Name}=\"{a.Value}\">"));
        Assert.Empty(handlers);
        Assert.NotNull(page.QuerySelector("section#notes"));
    }

    private static async Task<IHtmlDocument> RenderAsync(GuideBuilder guide)
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", guide.Build());
        return await site.CreateClient().GetPageAsync("/roles/support-specialist");
    }
}
