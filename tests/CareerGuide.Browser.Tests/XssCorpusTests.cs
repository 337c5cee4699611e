namespace CareerGuide.Browser.Tests;

/// <summary>
/// Guides full of XSS payloads, rendered in chromium on every page that shows guide text: no payload runs, and none
/// leaves a link or attribute that would run one on a click. The browser comes from <see cref="SiteFixture"/>.
/// </summary>
public sealed class XssCorpusTests(SiteFixture chromium, XssSite site) : IClassFixture<SiteFixture>, IClassFixture<XssSite>
{
    // A compare page shows up to four roles.
    private const int CompareColumns = 4;

    [Fact]
    public void Corpus_puts_many_payloads_on_each_rendered_page()
    {
        var refused = site.Guides.Refused.Count;
        var rendered = XssPayloads.All.Count - refused;

        Assert.True(XssPayloads.All.Count >= 60, $"The corpus holds {XssPayloads.All.Count} payloads.");
        Assert.True(rendered >= 40, $"Only {rendered} payloads reach a page; the rest ({refused}) are refused by the parser.");
        Assert.True(site.Guides.Rendered.Count <= 10, $"{rendered} payloads are spread over {site.Guides.Rendered.Count} guides.");
    }

    [Fact]
    public async Task Role_pages_show_the_payloads_as_text_and_run_none()
    {
        await AssertNoPayloadRunsAsync(site.Guides.Rendered.Select(slug => $"/roles/{slug}"), shows: "alert(1)");
    }

    [Fact]
    public async Task Job_description_and_salary_card_run_no_payload()
    {
        await AssertNoPayloadRunsAsync(site.Guides.Rendered.SelectMany(slug => new[] { $"/roles/{slug}/job-description", $"/embed/roles/{slug}/salary" }));
    }

    [Fact]
    public async Task Home_search_compare_and_editor_pages_run_no_payload()
    {
        var compare = site.Guides.Rendered.Chunk(CompareColumns).Select(slugs => $"/compare?roles={string.Join(',', slugs)}");
        await AssertNoPayloadRunsAsync(["/", $"/search?q={XssGuides.SearchWord}", "/search?q=alert", "/search?q=script", .. compare, "/editor"]);
    }

    [Fact]
    public async Task Text_typed_into_search_and_compare_runs_no_script()
    {
        var paths = XssPayloads.Typed.Select(Uri.EscapeDataString).SelectMany(text => new[]
        {
            $"/search?q={text}",
            $"/search?q={XssGuides.SearchWord}&category={text}",
            $"/compare?roles={text}",
            $"/compare?roles={site.Guides.Rendered[0]}&add={text}",
        });
        await AssertNoPayloadRunsAsync(paths);
    }

    [Fact]
    public async Task Guide_the_parser_refuses_is_never_served()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString() });
        var served = new List<string>();
        foreach (var (slug, payload) in site.Guides.Refused)
        {
            foreach (var path in new[] { $"/roles/{slug}", $"/roles/{slug}/job-description", $"/embed/roles/{slug}/salary", $"/api/v1/roles/{slug}" })
            {
                var response = await context.APIRequest.GetAsync(path);
                if (response.Status != 404)
                {
                    served.Add($"{path} answered {response.Status} for {payload}");
                }
            }
        }

        Assert.Empty(served);
    }

    private async Task AssertNoPayloadRunsAsync(IEnumerable<string> paths, string? shows = null)
    {
        await using var probe = await XssProbe.OpenAsync(chromium.Browser, site.BaseAddress);
        var found = new List<string>();
        foreach (var path in paths)
        {
            found.AddRange(await probe.ScanAsync(path, shows));
        }

        Assert.True(found.Count == 0, string.Join('\n', found));
    }
}
