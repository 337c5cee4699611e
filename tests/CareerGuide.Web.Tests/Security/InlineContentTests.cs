using System.Text.Json;
using AngleSharp.Dom;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// The policy allows scripts and styles only from the site's own files, so every page must work without inline
/// code: a script is a same-site file or JSON-LD data, and no element carries an event handler or a style attribute.
/// </summary>
public sealed class InlineContentTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    private const string Role = "support-specialist";

    public static TheoryData<string> Pages =>
    [
        "/",
        $"/roles/{Role}",
        $"/roles/{Role}/job-description",
        $"/embed/roles/{Role}/salary",
        "/search?q=support",
        "/search?min=not-a-number",
        $"/compare?roles={Role},customer-support-specialist",
        "/no-such-page",
        // Development opens the editor pages without a key.
        "/editor",
        $"/editor/preview/{Role}",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_holds_no_inline_code_the_policy_would_block(string path)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var page = await HtmlPages.ParseAsync(response);

        Assert.NotEmpty(page.QuerySelectorAll("main, .card"));
        Assert.All(page.Scripts, script =>
        {
            if (script.Source is { Length: > 0 } source)
            {
                Assert.StartsWith("/", source, StringComparison.Ordinal);
                Assert.False(source.StartsWith("//", StringComparison.Ordinal), $"Script from another site: {source}");
            }
            else
            {
                Assert.Equal("application/ld+json", script.Type);
                // Parsing proves no editor text closed the element early.
                JsonDocument.Parse(script.Text).Dispose();
            }
        });
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.All.SelectMany(InlineAttributes));
    }

    /// <summary>Event handlers and style attributes, which a policy without 'unsafe-inline' refuses to apply.</summary>
    private static IEnumerable<string> InlineAttributes(IElement element) => element.Attributes
        .Where(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
        .Select(attribute => $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
}
