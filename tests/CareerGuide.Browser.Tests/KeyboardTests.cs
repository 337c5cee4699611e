using static Microsoft.Playwright.Assertions;

namespace CareerGuide.Browser.Tests;

public sealed class KeyboardTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/roles/support-specialist")]
    public async Task First_Tab_from_the_top_reaches_the_visible_skip_link(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Activating_the_skip_link_moves_focus_to_main()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/support-specialist");
        await page.Keyboard.PressAsync("Tab");

        await page.Keyboard.PressAsync("Enter");

        var focusInMain = await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 80)");
        Assert.True(focusInMain, $"After activating the skip link, focus is on {focused}, not on or inside <main id=\"main\">.");
    }

    [Fact]
    public async Task After_the_skip_link_the_next_Tab_lands_inside_main()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/support-specialist");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.Keyboard.PressAsync("Tab");

        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task Header_search_can_be_used_with_the_keyboard_alone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        Assert.True(await page.TabToAsync(page.Locator("#header-q")), "Tab never reached the header search box.");
        await page.Keyboard.TypeAsync("troublesh");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=troublesh");
        Assert.NotEmpty(await page.ResultTitlesAsync());
    }

    [Fact]
    public async Task Search_form_and_its_filters_can_be_used_with_the_keyboard_alone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search");

        Assert.True(await page.TabToAsync(page.Locator("#search-q")), "Tab never reached the search box.");
        await page.Keyboard.TypeAsync("support");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#search-category")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#search-education")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#search-min")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("30000");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("form.search-form button[type=submit]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("min=30000", StringComparison.Ordinal));
        Assert.Contains("q=support", page.DecodedQuery(), StringComparison.Ordinal);
        Assert.Contains("education=1", page.DecodedQuery(), StringComparison.Ordinal);
        Assert.NotEmpty(await page.ResultTitlesAsync());
    }
}
