using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void Every_mistake_in_a_file_is_reported_not_only_the_first()
    {
        var result = GuideParser.Parse("content/roles/support-specialist.md", """
            ---
            title: Support Specialist
            summary: Helps people.
            category: Customer Support
            updated: 2026-11-20
            facts:
              median_salary:
                amount: about fifty
            ---

            ## Overview

            See [our page](javascript:alert(1)).

            ## Salary

            | Level | US median |
            | --- | --- |
            | Junior | competitive |
            """);

        Assert.Null(result.Guide);
        Assert.Equal(
            [
                "content/roles/support-specialist.md:8:13: error: 'facts.median_salary.amount' is not an amount of money (write it as 52000, 52,000, $52,000 or $52k): \"about fifty\"",
                "content/roles/support-specialist.md:13:5: error: the link 'javascript:alert(1)' uses a scheme that is not allowed: use http:, https:, mailto: or a relative link",
                "content/roles/support-specialist.md:19:2: error: salary row 1 ('Junior'): the median \"competitive\" is not an amount of money",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Body_mistakes_are_reported_even_when_the_front_matter_is_missing()
    {
        var result = Guides.Parse("Intro.\n\n## Salary\n\nNo table here.\n");

        Assert.Equal(
            [(1, "the file has no front matter"), (1, "text before the first '##' section"), (3, "the salary section has no table")],
            result.Diagnostics.Select(d => (d.Line, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)])));
    }

    [Fact]
    public void Warnings_alone_leave_the_guide_published()
    {
        var result = Guides.Parse(new GuideBuilder().With("author", "Jane").With("tags", "[support]").Build());

        Assert.True(result.Succeeded);
        Assert.Equal([Severity.Warning, Severity.Warning], result.Diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public void Diagnostic_prints_like_a_compiler_message()
    {
        Assert.Equal(
            "content/roles/a.md:14:5: error: 'title' is required",
            new Diagnostic("content/roles/a.md", 14, 5, Severity.Error, "'title' is required").ToString());
        Assert.Equal(
            "content/roles/a.md:3:1: warning: unknown field 'x' is ignored",
            new Diagnostic("content/roles/a.md", 3, 1, Severity.Warning, "unknown field 'x' is ignored").ToString());
    }

    [Fact]
    public void Diagnostics_name_the_file_as_it_was_given()
    {
        var result = GuideParser.Parse(@"content\roles\broken.md", "## Overview\n\nText.\n");

        Assert.Equal(@"content\roles\broken.md", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void Default_guide_from_the_builder_parses_cleanly_with_every_structured_part()
    {
        var result = Guides.Parse(new GuideBuilder().Build());

        Assert.Empty(result.Diagnostics);
        var guide = Assert.IsType<RoleGuide>(result.Guide);

        Assert.Equal(["overview", "salary", "career-path", "faq"], guide.Sections.Select(s => s.Anchor));
        Assert.Equal(2, guide.SalaryLevels.Count);
        Assert.Equal(["Junior Support Specialist", "Support Specialist"], guide.CareerSteps.Select(s => s.Title));
        Assert.Equal(["Do I need a degree?", "Can I work remotely?"], guide.Faqs.Select(f => f.Question));
    }

    [Fact]
    public void File_name_that_is_not_a_valid_slug_is_reported()
    {
        var result = GuideParser.Parse("content/roles/Support_Specialist.md", new GuideBuilder().Build());

        Assert.Null(result.Guide);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'Support_Specialist'", StringComparison.Ordinal));
    }
}
