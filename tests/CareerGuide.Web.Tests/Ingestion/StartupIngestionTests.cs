using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Ingestion;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>A restart on a database that already has content serves it at once and catches up in the background.</summary>
public sealed class StartupIngestionTests
{
    [Fact]
    public async Task A_restart_serves_the_last_good_content_and_ingests_the_changes_in_the_background()
    {
        await using var first = CareerGuideFactory.WithTestContent();
        first.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using (var client = first.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative))).StatusCode);
        }

        first.WriteGuide("support-specialist", new GuideBuilder("Support Lead").With("slug", "support-specialist").Build());
        await using var restarted = CareerGuideFactory.WithTestContent()
            .WithSetting("Content:Path", first.ContentRoot)
            .WithSetting("ConnectionStrings:CareerGuide", first.ConnectionString);
        using var restartedClient = restarted.CreateClient();
        var state = restarted.Services.GetRequiredService<IngestionState>();

        await Waits.UntilAsync(() => state.Last is not null, "the background ingestion to finish");

        var page = await restartedClient.GetPageAsync("/roles/support-specialist");
        Assert.Equal("Support Lead", page.QuerySelector("h1")!.Text());
        Assert.Equal((0, 1), (state.Last!.Added, state.Last.Updated));
    }
}
