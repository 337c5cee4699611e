using System.Net;
using CareerGuide.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>The salary card is the only thing other sites may put in a frame: every other response forbids it, twice over.</summary>
public sealed class FramingTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string> Unframeable => new(
        "/",
        $"/roles/{SampleSiteFixture.SupportSpecialist}",
        $"/roles/{SampleSiteFixture.SupportSpecialist}/job-description",
        $"/roles/{SampleSiteFixture.SupportSpecialist}/share.png",
        "/search?q=support",
        "/compare",
        "/sitemap.xml",
        "/feed.xml",
        "/robots.txt",
        "/api/v1/roles",
        "/openapi/v1.json",
        "/roles/no-such-role",
        "/embedded",
        $"/roles/{SampleSiteFixture.OldSlug}");

    [Theory]
    [MemberData(nameof(Unframeable))]
    public async Task Response_forbids_every_site_to_frame_it(string path)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(["'none'"], ContentSecurityPolicy.Of(response).Sources("frame-ancestors"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
    }

    [Fact]
    public async Task Salary_card_may_be_framed_by_any_site()
    {
        using var response = await Client().ExpectAsync($"/embed/roles/{SampleSiteFixture.SupportSpecialist}/salary", HttpStatusCode.OK, "text/html");

        Assert.Equal(["*"], ContentSecurityPolicy.Of(response).Sources("frame-ancestors"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    private HttpClient Client() => site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
