using static Microsoft.Playwright.Assertions;

namespace CareerGuide.Browser.Tests;

public sealed class CompareTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Add_to_compare_from_a_role_page_then_a_second_role_shows_both_side_by_side()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/support-specialist");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add to compare" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?roles=support-specialist");
        Assert.Equal(["Support Specialist"], await page.ComparedTitlesAsync());

        await page.GetByLabel("Add a role").SelectOptionAsync(new SelectOptionValue { Label = "Customer Service Specialist" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to comparison" }).ClickAsync();

        await Expect(page.Locator(".compare-table caption")).ToHaveTextAsync("2 roles side by side");
        var titles = await page.ComparedTitlesAsync();
        Assert.Equal(["Customer Service Specialist", "Support Specialist"], titles.Order());
        // Adding appends: the role already compared keeps the first column.
        Assert.True(titles[0] == "Support Specialist",
            $"After adding Customer Service Specialist to Support Specialist the columns are [{string.Join(", ", titles)}] for {page.Url}; the added role should come last.");
    }

    [Fact]
    public async Task Removing_a_role_from_the_comparison_leaves_the_others()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare?roles=support-specialist,customer-service-specialist,customer-support-specialist");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Customer Service Specialist from the comparison" }).ClickAsync();

        await page.WaitForURLAsync("**/compare?roles=support-specialist,customer-support-specialist");
        Assert.Equal(["Support Specialist", "Customer Support Specialist"], await page.ComparedTitlesAsync());
        // The removed role is offered again in the add form.
        await Expect(page.GetByLabel("Add a role").Locator("option", new() { HasText = "Customer Service Specialist" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Unknown_slug_in_the_compare_url_is_reported_on_the_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/compare?roles=support-specialist,no-such-role");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator(".notice")).ToContainTextAsync("no-such-role");
        Assert.Equal(["Support Specialist"], await page.ComparedTitlesAsync());
    }
}
