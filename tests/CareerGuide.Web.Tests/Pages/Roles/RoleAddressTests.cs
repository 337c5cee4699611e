using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Pages.Roles;

/// <summary>Which addresses answer for a role: its slug, its old slugs by redirect, and nothing while it is a draft.</summary>
public sealed class RoleAddressTests
{
    [Theory]
    [InlineData("helpdesk-specialist")]
    [InlineData("it-support-specialist")]
    public async Task Alias_answers_301_to_the_role_current_address(string alias)
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("aliases", "[helpdesk-specialist, it-support-specialist]").Build());
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/roles/" + alias, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/roles/support-specialist", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Draft_guide_page_answers_404_and_so_does_its_alias()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-lead", new GuideBuilder("Support Lead").With("draft", "true").With("aliases", "[team-lead]").Build());
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var page = await client.GetAsync(new Uri("/roles/support-lead", UriKind.Relative));
        using var alias = await client.GetAsync(new Uri("/roles/team-lead", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, alias.StatusCode));
        // The draft is stored, so the 404 comes from the page hiding it, not from the guide being rejected.
        Assert.True(await site.QueryAsync(db => db.Roles.AnyAsync(r => r.Slug == "support-lead" && r.IsDraft)));
    }

    [Fact]
    public async Task Published_guide_answers_at_its_slug()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("slug", "support-engineer").Build());
        var client = site.CreateClient();

        var page = await client.GetPageAsync("/roles/support-engineer");
        using var byFileName = await client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative));

        Assert.Equal("Support Specialist", page.QuerySelector("h1")?.Text());
        Assert.Equal(HttpStatusCode.NotFound, byFileName.StatusCode);
    }

    [Fact]
    public async Task Renamed_guide_answers_its_old_address_with_a_redirect_to_the_new_one()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetPageAsync("/roles/support-specialist");
        site.DeleteGuide("support-specialist");
        site.WriteGuide("support-engineer", new GuideBuilder("Support Engineer").With("aliases", "[support-specialist]").Build());

        var report = await site.IngestAsync();
        using var response = await client.GetAsync(new Uri("/roles/support-specialist", UriKind.Relative));

        Assert.Equal((1, 1, 0), (report.Added, report.Removed, report.Failed));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/roles/support-engineer", response.Headers.Location?.OriginalString);
    }
}
