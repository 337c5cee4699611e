using CareerGuide.Testing;

namespace CareerGuide.Content.Tests.Validation;

public sealed class ContentCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Guides_that_link_to_each_other_pass()
    {
        var check = new ContentCheck(Today);
        check.Add("roles/a.md", new GuideBuilder("A").With("related", "[b]").WithSection("More", "See [B](b.md).").Build());
        check.Add("roles/b.md", new GuideBuilder("B").With("related", "[a]").Build());

        Assert.Empty(check.CheckAcrossFiles());
    }

    [Fact]
    public void A_guide_not_reread_still_counts_as_existing()
    {
        var check = new ContentCheck(Today);
        check.AddKnown(new GuideIdentity("roles/b.md", "b", []));
        check.Add("roles/a.md", new GuideBuilder("A").WithSection("More", "See [B](b.md).").Build());

        Assert.Empty(check.CheckAcrossFiles());
    }

    [Fact]
    public void Per_guide_rule_failures_reject_the_guide()
    {
        var result = new ContentCheck(Today).Add("roles/a.md", new GuideBuilder().With("updated", "2030-01-01").Build());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_ending_inside_a_flow_list_is_reported_not_thrown()
    {
        var result = new ContentCheck(Today).Add("roles/a.md", "---\ntitle: [broken\n---\n## Overview\n\nText.\n");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        // The scanner notices the unclosed list where the front matter ends.
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_written_for_GitHub_are_rendered_as_site_urls()
    {
        var result = new ContentCheck(Today).Add("roles/a.md", new GuideBuilder().WithSection("More", "See [B](b.md#faq).").Build());

        var section = Assert.Single(result.Guide!.Sections, s => s.Heading == "More");
        Assert.Contains("href=\"/roles/b#faq\"", section.Html, StringComparison.Ordinal);
    }
}
