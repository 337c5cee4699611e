using static Microsoft.Playwright.Assertions;

namespace CareerGuide.Browser.Tests;

public sealed class SearchTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Query = "support";

    public static TheoryData<string> OddInputs =>
    [
        "\"support specialist",
        "\"\"\"",
        "support*",
        "*",
        "NEAR(support help",
        "' OR 1=1 --",
        "support'); DROP TABLE Roles; --",
        "🙂 support 🚀",
        new string('a', 300),
        "support " + string.Concat(Enumerable.Repeat("help ", 60)),
    ];

    [Fact]
    public async Task Search_for_a_partial_word_in_the_header_highlights_the_match()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search roles", Exact = true }).FillAsync("troublesh");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=troublesh");
        Assert.NotEmpty(await page.ResultTitlesAsync());
        var marks = page.Locator(".search-result .snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.All(await marks.AllInnerTextsAsync(), mark => Assert.StartsWith("troublesh", mark, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Misspelled_search_offers_a_did_you_mean_link_that_leads_to_results()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search");

        await page.GetByLabel("Title, skill, tool or question").FillAsync("supprt");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=supprt**");
        Assert.Empty(await page.ResultTitlesAsync());

        var suggestion = page.Locator(".did-you-mean a");
        await Expect(suggestion).ToHaveTextAsync("support");
        await suggestion.ClickAsync();

        await page.WaitForURLAsync("**/search?q=support");
        Assert.NotEmpty(await page.ResultTitlesAsync());
    }

    [Fact]
    public async Task Category_filter_keeps_only_roles_of_that_category_and_shows_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var (all, filtered) = await SearchWithAndWithoutAsync(page,
            form => form.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Customer Support" }));

        Assert.Contains("category=Customer Support", page.DecodedQuery(), StringComparison.Ordinal);
        Assert.NotEmpty(filtered);
        Assert.Subset(all.ToHashSet(), filtered.ToHashSet());
        Assert.All(await page.Locator(".search-result .meta").AllInnerTextsAsync(), meta => Assert.StartsWith("Customer Support", meta, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Education_filter_leaves_out_roles_that_need_more_and_shows_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var (all, filtered) = await SearchWithAndWithoutAsync(page,
            form => form.GetByLabel("Education you have").SelectOptionAsync(new SelectOptionValue { Label = "High school diploma" }));

        Assert.Contains("education=1", page.DecodedQuery(), StringComparison.Ordinal);
        Assert.NotEmpty(filtered);
        Assert.Subset(all.ToHashSet(), filtered.ToHashSet());
        // Support Specialist asks for some college; the other two ask for a high school diploma.
        Assert.Contains("Support Specialist", all);
        Assert.DoesNotContain("Support Specialist", filtered);
    }

    [Fact]
    public async Task Minimum_salary_filter_leaves_out_lower_paid_roles_and_shows_in_the_url()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var (all, filtered) = await SearchWithAndWithoutAsync(page,
            form => form.GetByLabel("Minimum median salary (USD)").FillAsync("50000"));

        Assert.Contains("min=50000", page.DecodedQuery(), StringComparison.Ordinal);
        Assert.Subset(all.ToHashSet(), filtered.ToHashSet());
        Assert.True(filtered.Count < all.Count, $"Expected fewer than {all.Count} results with min=50000, got: {string.Join(", ", filtered)}");
        Assert.Contains("Support Specialist", filtered);
    }

    [Fact]
    public async Task Filtered_search_url_opened_elsewhere_shows_the_same_results_and_filters()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var (_, filtered) = await SearchWithAndWithoutAsync(page, async form =>
        {
            await form.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "IT Support" });
            await form.GetByLabel("Education you have").SelectOptionAsync(new SelectOptionValue { Label = "Some college or associate's degree" });
            await form.GetByLabel("Minimum median salary (USD)").FillAsync("50000");
        });
        Assert.NotEmpty(filtered);
        var shared = page.Url;

        await using var other = await site.NewContextAsync();
        var opened = await other.NewPageAsync();
        await opened.GotoAsync(shared);

        Assert.Equal(filtered, await opened.ResultTitlesAsync());
        await Expect(opened.GetByLabel("Title, skill, tool or question")).ToHaveValueAsync(Query);
        await Expect(opened.GetByLabel("Category")).ToHaveValueAsync("IT Support");
        await Expect(opened.GetByLabel("Education you have")).ToHaveValueAsync("2");
        await Expect(opened.GetByLabel("Minimum median salary (USD)")).ToHaveValueAsync("50000");
    }

    [Theory]
    [MemberData(nameof(OddInputs))]
    public async Task Odd_search_input_gives_a_page_not_a_server_error(string input)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/search?q=" + Uri.EscapeDataString(input));

        Assert.NotNull(response);
        Assert.True(response.Status < 500, $"GET /search with q={input} answered {response.Status}.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search roles", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Searches <see cref="Query"/> from the search page, then again after <paramref name="applyFilters"/>; returns both result lists.</summary>
    private static async Task<(IReadOnlyList<string> All, IReadOnlyList<string> Filtered)> SearchWithAndWithoutAsync(IPage page, Func<ILocator, Task> applyFilters)
    {
        await page.GotoAsync("/search?q=" + Query);
        var all = await page.ResultTitlesAsync();
        Assert.NotEmpty(all);

        var form = page.Locator("form.search-form");
        await applyFilters(form);
        await form.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        // The form sends every field, empty or not, so min= marks the filtered page.
        await page.WaitForURLAsync(url => url.Contains("min=", StringComparison.Ordinal));
        return (all, await page.ResultTitlesAsync());
    }
}
