namespace CareerGuide.Browser.Tests;

/// <summary>Reading the site's pages the way the tests need them, in one place.</summary>
internal static class PageExtensions
{
    /// <summary>The role titles of the search results, in order.</summary>
    public static Task<IReadOnlyList<string>> ResultTitlesAsync(this IPage page) =>
        page.Locator(".search-result h2").AllInnerTextsAsync();

    /// <summary>The role titles heading the comparison table's columns.</summary>
    public static Task<IReadOnlyList<string>> ComparedTitlesAsync(this IPage page) =>
        page.Locator(".compare-table thead th[scope=col] > a:not(.remove)").AllInnerTextsAsync();

    /// <summary>The query string of the page's URL, decoded, for asserting on what a link or form carries.</summary>
    public static string DecodedQuery(this IPage page) =>
        Uri.UnescapeDataString(new Uri(page.Url).Query.Replace('+', ' '));

    /// <summary>
    /// Fails unless the site's stylesheet loaded: layout and contrast checks on an unstyled page would pass for the wrong reason.
    /// </summary>
    public static async Task AssertStyledAsync(this IPage page)
    {
        var styled = await page.EvaluateAsync<bool>(
            "() => [...document.styleSheets].some(sheet => (sheet.href ?? '').includes('/css/site') && sheet.cssRules.length > 0)");
        Assert.True(styled, $"{page.Url} rendered without /css/site.css.");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus; false if it never does within <paramref name="maxPresses"/>.</summary>
    public static async Task<bool> TabToAsync(this IPage page, ILocator target, int maxPresses = 15)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return true;
            }
        }

        return false;
    }
}
