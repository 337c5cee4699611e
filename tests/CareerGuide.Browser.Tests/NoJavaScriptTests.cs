using static Microsoft.Playwright.Assertions;

namespace CareerGuide.Browser.Tests;

/// <summary>Search and compare are plain links and GET forms: they must work in a browser with scripts turned off.</summary>
public sealed class NoJavaScriptTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Search_with_filters_works_without_javascript()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search roles", Exact = true }).FillAsync("troublesh");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=troublesh");
        await Expect(page.Locator(".search-result .snippet mark").First).ToBeVisibleAsync();

        await page.GetByLabel("Title, skill, tool or question").FillAsync("support");
        await page.GetByLabel("Minimum median salary (USD)").FillAsync("50000");
        await page.Locator("form.search-form").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("min=50000", StringComparison.Ordinal));
        // Support Specialist's median is above the minimum, Customer Service Specialist's ($42,830) below it.
        var titles = await page.ResultTitlesAsync();
        Assert.Contains("Support Specialist", titles);
        Assert.DoesNotContain("Customer Service Specialist", titles);
    }

    [Fact]
    public async Task Compare_add_and_remove_work_without_javascript()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/support-specialist");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add to compare" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?roles=support-specialist");
        await page.GetByLabel("Add a role").SelectOptionAsync(new SelectOptionValue { Label = "Customer Support Specialist" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to comparison" }).ClickAsync();
        await Expect(page.Locator(".compare-table caption")).ToHaveTextAsync("2 roles side by side");
        Assert.Equal(["Customer Support Specialist", "Support Specialist"], (await page.ComparedTitlesAsync()).Order());

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Support Specialist from the comparison" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?roles=customer-support-specialist");
        Assert.Equal(["Customer Support Specialist"], await page.ComparedTitlesAsync());
    }
}
