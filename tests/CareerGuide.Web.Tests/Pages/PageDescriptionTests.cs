using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>Every page a search engine may list tells it, in one meta description, what the page offers.</summary>
public sealed class PageDescriptionTests(RepositorySiteFixture site) : IClassFixture<RepositorySiteFixture>
{
    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=support")]
    [InlineData("/compare")]
    [InlineData("/compare?roles=support-specialist,customer-service-specialist")]
    public async Task Page_has_a_meta_description(string path)
    {
        var page = await site.Factory.CreateClient().GetPageAsync(path);

        Assert.False(string.IsNullOrWhiteSpace(page.Meta("description")), $"{path} has an empty description.");
    }

    [Fact]
    public async Task Comparison_description_names_the_roles_it_sets_side_by_side()
    {
        var page = await site.Factory.CreateClient().GetPageAsync("/compare?roles=support-specialist,customer-service-specialist");

        var description = page.Meta("description")!;
        Assert.Contains(RepositoryContent.Parse("support-specialist").Title, description, StringComparison.Ordinal);
        Assert.Contains(RepositoryContent.Parse("customer-service-specialist").Title, description, StringComparison.Ordinal);
    }
}
