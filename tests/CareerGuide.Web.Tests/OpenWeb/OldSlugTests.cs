using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>
/// Every address of a role answers its old slug the same way: 301 to the same page or endpoint under the current slug,
/// with the query it kept before (a download's format) and no other; a slug that is nobody's old slug stays a 404.
/// </summary>
public sealed class OldSlugTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Old = SampleSiteFixture.OldSlug;
    private const string Current = SampleSiteFixture.SupportSpecialist;

    [Theory]
    [InlineData($"/roles/{Old}?utm_source=mail", $"/roles/{Current}")]
    [InlineData($"/roles/{Old}/job-description?format=text&utm_source=mail", $"/roles/{Current}/job-description?format=text")]
    [InlineData($"/embed/roles/{Old}/salary?theme=dark", $"/embed/roles/{Current}/salary")]
    [InlineData($"/roles/{Old}/share.png", $"/roles/{Current}/share.png")]
    [InlineData($"/api/v1/roles/{Old}?fields=all", $"/api/v1/roles/{Current}")]
    public async Task An_old_slug_answers_301_to_the_same_address_under_the_current_slug(string oldPath, string currentPath)
    {
        using var response = await Client().GetAsync(new Uri(oldPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(currentPath, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/roles/no-such-role/share.png")]
    [InlineData("/embed/roles/no-such-role/salary")]
    [InlineData($"/editor/preview/{Old}")]
    public async Task A_slug_that_is_no_old_slug_or_an_address_that_does_not_redirect_stays_404(string path)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private HttpClient Client() => site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
