using CareerGuide.Testing;

namespace CareerGuide.Content.Tests.Validation;

public sealed class GuideValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RoleGuide Parse(string text, string path = "roles/support-specialist.md")
    {
        var result = GuideParser.Parse(path, text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Guide!;
    }

    [Fact]
    public void A_clean_guide_has_no_findings()
    {
        var guide = Parse(new GuideBuilder().Build());

        Assert.Empty(GuideValidator.CheckGuide("roles/support-specialist.md", guide, Today));
    }

    [Fact]
    public void Median_above_the_range_is_reported_at_the_median_amount()
    {
        var text = new GuideBuilder().With("facts", """

              median_salary:
                amount: $120k
                source: bls
              salary_range:
                low: $37k
                high: $98k
                source: bls
            """.TrimEnd()).Build();
        var guide = Parse(text);

        var finding = Assert.Single(GuideValidator.CheckGuide("roles/support-specialist.md", guide, Today));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(LineOf(text, "amount: $120k"), finding.Line);
        Assert.Contains("above the top of the salary range", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Career_levels_out_of_order_name_both_levels_and_the_later_line()
    {
        var text = new GuideBuilder().WithSteps(
            ("Senior", "3-5 years", "Leads.", []),
            ("Junior", "0-1 year", "Learns.", [])).WithSalaryRows(("Senior", "$80k", ""), ("Junior", "$50k", "")).Build();
        var guide = Parse(text);

        var finding = Assert.Single(GuideValidator.CheckGuide("roles/support-specialist.md", guide, Today));

        Assert.Equal(LineOf(text, "### Junior"), finding.Line);
        Assert.Contains("'Junior' (0-1 year) comes after 'Senior' (3-5 years)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Updated_date_in_the_future_is_an_error_on_its_line()
    {
        var text = new GuideBuilder().With("updated", "2026-12-01").Build();

        var finding = Assert.Single(GuideValidator.CheckGuide("roles/support-specialist.md", Parse(text), Today));

        Assert.Equal(LineOf(text, "updated: 2026-12-01"), finding.Line);
        Assert.Equal(10, finding.Column);
        Assert.Contains("in the future", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_dated_next_month_is_an_error()
    {
        var text = new GuideBuilder().With("sources", """

              - id: bls
                name: Future survey
                date: 2026-12
            """.TrimEnd()).Build();

        var finding = Assert.Single(GuideValidator.CheckGuide("roles/support-specialist.md", Parse(text), Today));

        Assert.Equal(LineOf(text, "date: 2026-12"), finding.Line);
        Assert.Contains("source 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_new_files_claiming_a_slug_the_later_by_path_is_reported_naming_the_first()
    {
        var first = GuideReferences.Of("roles/a.md", Parse(new GuideBuilder().With("slug", "support").Build(), "roles/a.md"));
        var second = GuideReferences.Of("roles/b.md", Parse(new GuideBuilder().With("aliases", "[support]").Build(), "roles/b.md"));
        var site = new SiteIndex([first.Identity, second.Identity]);

        Assert.Empty(GuideValidator.CheckReferences(first, site));
        var finding = Assert.Single(GuideValidator.CheckReferences(second, site));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("'support' is already used by roles/a.md", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_that_published_a_slug_keeps_it_against_a_newcomer()
    {
        var owner = GuideReferences.Of("roles/z-owner.md", Parse(new GuideBuilder().With("slug", "support").Build(), "roles/z-owner.md"));
        var newcomer = GuideReferences.Of("roles/a-newcomer.md", Parse(new GuideBuilder().With("slug", "support").Build(), "roles/a-newcomer.md"));
        var site = new SiteIndex([owner.Identity, newcomer.Identity], [new PublishedSlug("support", "roles/z-owner.md")]);

        Assert.Empty(GuideValidator.CheckReferences(owner, site));
        Assert.Contains("already used by roles/z-owner.md", Assert.Single(GuideValidator.CheckReferences(newcomer, site)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_role_that_does_not_exist_is_a_warning()
    {
        var guide = GuideReferences.Of("roles/a.md", Parse(new GuideBuilder().With("related", "[ghost-role]").Build(), "roles/a.md"));

        var finding = Assert.Single(GuideValidator.CheckReferences(guide, new SiteIndex([guide.Identity])));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("'ghost-role' does not exist", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the FAQ](ghost.md#faq)")]
    [InlineData("[the page](/roles/ghost)")]
    [InlineData("[the page](../roles/ghost.md)")]
    public void Link_to_a_missing_role_is_an_error_on_the_link(string link)
    {
        var text = new GuideBuilder().WithSection("More", $"Read {link} next.").Build();
        var guide = GuideReferences.Of("roles/a.md", Parse(text, "roles/a.md"));

        var finding = Assert.Single(GuideValidator.CheckReferences(guide, new SiteIndex([guide.Identity])));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(LineOf(text, "Read "), finding.Line);
        Assert.Contains("'ghost' leads to no role", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_to_an_alias_of_an_existing_role_is_fine()
    {
        var target = Parse(new GuideBuilder().With("aliases", "[old-name]").Build(), "roles/target.md");
        var source = GuideReferences.Of("roles/a.md", Parse(new GuideBuilder().WithSection("More", "See [it](old-name.md).").Build(), "roles/a.md"));

        Assert.Empty(GuideValidator.CheckReferences(source, new SiteIndex([source.Identity, GuideIdentity.Of("roles/target.md", target)])));
    }

    [Fact]
    public void Published_slug_that_no_guide_answers_any_more_is_a_warning()
    {
        var site = new SiteIndex([new GuideIdentity("roles/new.md", "new-name", [])], [new PublishedSlug("old-name", "roles/old.md")]);

        var finding = Assert.Single(GuideValidator.CheckRetiredSlugs(site));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("roles/old.md", finding.Path);
        Assert.Contains("'old-name' was published", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_slug_kept_as_an_alias_is_fine()
    {
        var site = new SiteIndex([new GuideIdentity("roles/new.md", "new-name", ["old-name"])], [new PublishedSlug("old-name", "roles/old.md")]);

        Assert.Empty(GuideValidator.CheckRetiredSlugs(site));
    }

    private static int LineOf(string text, string fragment) =>
        Array.FindIndex(text.Split('\n'), line => line.Contains(fragment, StringComparison.Ordinal)) + 1;
}
