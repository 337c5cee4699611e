using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Editing;

/// <summary>With the watcher on, saved edits reach the running site without a restart.</summary>
public sealed class LiveReloadTests
{
    // How long a change may take before the test gives up: a bound on waiting, not a speed target.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Edited_added_and_deleted_guides_reach_the_running_site()
    {
        using var factory = CareerGuideFactory.WithTestContent();
        factory.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Content:Watch", "true"));
        using var client = site.CreateClient();
        Assert.Equal("Support Specialist", await TitleAsync(client, "/roles/support-specialist"));

        factory.WriteGuide("support-specialist", new GuideBuilder("Support Specialist II").Build());
        Assert.True(await EventuallyAsync(async () => await TitleAsync(client, "/roles/support-specialist") == "Support Specialist II"), "the edit never showed");

        factory.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        Assert.True(await EventuallyAsync(async () => await TitleAsync(client, "/roles/data-analyst") == "Data Analyst"), "the new guide never showed");

        factory.DeleteGuide("data-analyst");
        Assert.True(await EventuallyAsync(async () => await TitleAsync(client, "/roles/data-analyst") is null), "the deleted guide stayed online");
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_page_online()
    {
        using var factory = CareerGuideFactory.WithTestContent();
        factory.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Content:Watch", "true"));
        using var client = site.CreateClient();
        Assert.Equal("Support Specialist", await TitleAsync(client, "/roles/support-specialist"));

        factory.WriteGuide("support-specialist", "---\ntitle: [broken\n---\n");
        factory.WriteGuide("data-analyst", new GuideBuilder("Data Analyst").Build());
        // The second file proves the watcher has run since the broken save.
        Assert.True(await EventuallyAsync(async () => await TitleAsync(client, "/roles/data-analyst") == "Data Analyst"), "the watcher never ran");

        Assert.Equal("Support Specialist", await TitleAsync(client, "/roles/support-specialist"));
    }

    private static async Task<string?> TitleAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var page = await HtmlPages.ParseAsync(response);
        return page.QuerySelector("h1")?.Text();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
