namespace CareerGuide.Browser.Tests;

public sealed class ResponsiveTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    // Elements whose right edge passes the viewport, outside the .table-scroll containers that may scroll on their own.
    private const string OverflowingElements = """
        () => [...document.body.querySelectorAll('*')]
            .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 8)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`)
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/support-specialist")]
    [InlineData("/search?q=support")]
    [InlineData("/compare?roles=support-specialist,customer-service-specialist,customer-support-specialist")]
    public async Task Page_at_360_pixels_wide_does_not_scroll_sideways(string path)
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.AssertStyledAsync();

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");

        var culprits = scrollWidth <= innerWidth ? [] : await page.EvaluateAsync<string[]>(OverflowingElements);
        Assert.True(scrollWidth <= innerWidth,
            $"{path} is {scrollWidth}px wide in a {innerWidth}px viewport; overflowing: {string.Join("; ", culprits)}");
    }
}
