using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>A draft is seen by editors only: no public response carries its title, its words or its address.</summary>
public sealed class DraftPrivacyTests : IAsyncLifetime
{
    // Words only the draft has, so any trace of them in a public response came from the draft; searches ask for
    // its other words, since a search page repeats what it was asked.
    private const string DraftSlug = "bluejay-wrangler";
    private const string DraftWord = "bluejay";

    private readonly CareerGuideFactory _site = CareerGuideFactory.WithTestContent();

    public Task InitializeAsync()
    {
        _site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        _site.WriteGuide(DraftSlug, new GuideBuilder("Bluejay Wrangler").With("draft", "true")
            .WithSection("A day in the role", "Counts every bluejay in the aviary.")
            .Build());
        _ = _site.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_word_only_a_draft_has_is_never_offered_as_did_you_mean()
    {
        var page = await _site.CreateClient().GetPageAsync("/search?q=bluejai");

        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task The_search_index_holds_no_row_for_a_draft()
    {
        var rows = await _site.QueryAsync(db => db.Database.SqlQueryRaw<int>(db.Database.IsNpgsql()
            ? """SELECT COUNT(*)::integer AS "Value" FROM "RoleSearch" s JOIN "Roles" r ON r."Id" = s."RoleId" WHERE r."IsDraft" """
            : "SELECT COUNT(*) AS Value FROM RoleSearch s JOIN Roles r ON r.Id = s.rowid WHERE r.IsDraft = 1").SingleAsync());

        Assert.Equal(0, rows);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=aviary")]
    [InlineData("/search?q=wrangler")]
    [InlineData("/search?q=bluejai")]
    [InlineData("/compare")]
    [InlineData("/roles/bluejay-wrangle")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/api/v1/roles")]
    [InlineData("/api/v1/roles?q=aviary")]
    [InlineData("/roles/" + DraftSlug)]
    [InlineData("/roles/" + DraftSlug + "/share.png")]
    [InlineData("/roles/" + DraftSlug + "/job-description")]
    [InlineData("/embed/roles/" + DraftSlug + "/salary")]
    public async Task No_public_response_names_the_draft(string path)
    {
        using var response = await _site.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DraftWord, body, StringComparison.OrdinalIgnoreCase);
    }
}
