using System.Net;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>
/// Addresses recruiters pasted before a rename keep working, for the role's job description and salary card too;
/// a mistyped one answers 404 with the closest published roles.
/// </summary>
public sealed class MovedAndMissingRoleTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Theory]
    [InlineData($"/roles/{SampleSiteFixture.OldSlug}/job-description", $"/roles/{SampleSiteFixture.SupportSpecialist}/job-description")]
    [InlineData($"/roles/{SampleSiteFixture.OldSlug}/job-description?format=markdown", $"/roles/{SampleSiteFixture.SupportSpecialist}/job-description?format=markdown")]
    [InlineData($"/embed/roles/{SampleSiteFixture.OldSlug}/salary", $"/embed/roles/{SampleSiteFixture.SupportSpecialist}/salary")]
    public async Task Old_slug_of_a_recruiter_address_redirects_permanently_to_the_current_one(string oldPath, string currentPath)
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(oldPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(currentPath, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("support-specialists", new[] { SampleSiteFixture.SupportSpecialist })]
    [InlineData("analyst", new[] { SampleSiteFixture.DataAnalyst })]
    [InlineData("support", new[] { SampleSiteFixture.SupportSpecialist })]
    public async Task Unknown_slug_suggests_the_closest_published_roles_and_never_a_draft(string wanted, string[] suggested)
    {
        using var response = await site.Factory.CreateClient().ExpectAsync($"/roles/{wanted}", HttpStatusCode.NotFound, "text/html");
        var page = await HtmlPages.ParseAsync(response);

        var suggestions = page.QuerySelectorAll("main ul.related a").Select(a => a.GetAttribute("href"));

        Assert.Equal(suggested.Select(slug => $"/roles/{slug}"), suggestions);
    }
}
