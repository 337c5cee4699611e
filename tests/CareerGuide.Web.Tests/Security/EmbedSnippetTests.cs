using AngleSharp.Html.Parser;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>The embed code is pasted into other people's pages, so a guide's title must not be able to add to its markup.</summary>
public sealed class EmbedSnippetTests
{
    [Fact]
    public async Task Embed_code_keeps_a_hostile_title_inside_its_attribute()
    {
        const string Title = "Support \" onload=\"alert(1)\" data-x=\"<script>alert(2)</script>";
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", $"'{Title}'").Build());

        var page = await site.CreateClient().GetPageAsync("/roles/support-specialist/job-description");
        var snippet = page.QuerySelector("textarea#embed-snippet")!.TextContent;
        var pasted = new HtmlParser().ParseDocument($"<body>{snippet}</body>").Body!;

        var frame = Assert.Single(pasted.Children);
        Assert.Equal("iframe", frame.LocalName);
        Assert.Equal(["height", "loading", "src", "style", "title", "width"], frame.Attributes.Select(a => a.Name).Order());
        Assert.Equal($"{Title} salary", frame.GetAttribute("title"));
    }
}
