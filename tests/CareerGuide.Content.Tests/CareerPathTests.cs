using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

public sealed class CareerPathTests
{
    private static CareerStep SingleStep(string stepBody) =>
        Assert.Single(Guides.ValidBody($"## Career path\n\n### Support Specialist\n\n{stepBody}\n\n{Guides.SourceLine}\n").CareerSteps);

    [Fact]
    public void Each_level_becomes_a_step_with_title_years_duties_and_focus_areas()
    {
        var guide = Guides.ValidBody("""
            ## Career path

            Source: survey

            ### Junior Support Specialist

            Experience: 0-1 year

            Answers *common* questions.

            Learns the ticketing tools.

            Focus areas:

            - Learn the product
            - Write **clear** notes

            ### Support Team Lead

            Experience: 5–8 years

            Leads the team.
            """);

        Assert.Collection(
            guide.CareerSteps,
            junior =>
            {
                Assert.Equal(("junior-support-specialist", "Junior Support Specialist"), (junior.Anchor, junior.Title));
                Assert.Equal(new YearsSpan(0, 1, "0-1 year"), junior.Years);
                Assert.Equal("<p>Answers <em>common</em> questions.</p>\n<p>Learns the ticketing tools.</p>", junior.DutiesHtml);
                Assert.Equal(["Learn the product", "Write clear notes"], junior.FocusAreas);
            },
            lead =>
            {
                Assert.Equal(("support-team-lead", "Support Team Lead"), (lead.Anchor, lead.Title));
                Assert.Equal(new YearsSpan(5, 8, "5–8 years"), lead.Years);
                Assert.Equal("<p>Leads the team.</p>", lead.DutiesHtml);
                Assert.Empty(lead.FocusAreas);
            });
    }

    [Theory]
    [InlineData("Experience: 0-1 year", 0, 1)]
    [InlineData("Experience: 3–5 years", 3, 5)]
    [InlineData("Experience: 3 to 5 years", 3, 5)]
    [InlineData("Experience: 12+ years", 12, null)]
    [InlineData("experience: 1-3 years", 1, 3)]
    [InlineData("**Experience:** 1-3 years", 1, 3)]
    public void Experience_line_gives_the_span_of_years(string line, int min, int? max)
    {
        var years = SingleStep($"{line}\n\nHelps customers.").Years;

        Assert.Equal((min, max), (years.Min, years.Max));
    }

    [Fact]
    public void Words_after_the_span_are_kept_in_the_years_text()
    {
        var years = SingleStep("Experience: 12+ years total experience, 5+ years in senior management\n\nRuns support.").Years;

        Assert.Equal(new YearsSpan(12, null, "12+ years total experience, 5+ years in senior management"), years);
    }

    [Fact]
    public void Focus_areas_written_after_the_colon_are_one_area()
    {
        var step = SingleStep("Experience: 8-10 years\n\nSets the direction.\n\nFocus areas: Strategy and budgets");

        Assert.Equal(["Strategy and budgets"], step.FocusAreas);
        Assert.Equal("<p>Sets the direction.</p>", step.DutiesHtml);
    }

    [Fact]
    public void Experience_line_may_come_after_the_duties()
    {
        var step = SingleStep("Solves harder problems.\n\nExperience: 1-3 years");

        Assert.Equal((1, 3), (step.Years.Min, step.Years.Max));
        Assert.Equal("<p>Solves harder problems.</p>", step.DutiesHtml);
    }

    [Fact]
    public void Pinned_anchor_replaces_the_anchor_made_from_the_title()
    {
        var step = Assert.Single(Guides.ValidBody("## Career path\n\n### Head of Support {#head}\n\nExperience: 10+ years\n\nLeads.\n\nSource: survey\n").CareerSteps);

        Assert.Equal(("head", "Head of Support"), (step.Anchor, step.Title));
    }

    [Fact]
    public void Prose_before_the_first_level_is_the_sections_html()
    {
        var guide = Guides.ValidBody("## Career ladder\n\nMost people start at the help desk.\n\n### Junior\n\nExperience: 0-1 year\n\nLearns.\n\nSource: survey\n");

        var section = Assert.Single(guide.Sections);
        Assert.Equal(("career-path", SectionKind.CareerPath), (section.Anchor, section.Kind));
        Assert.Equal("<p>Most people start at the help desk.</p>", section.Html);
    }

    [Fact]
    public void Step_without_an_experience_line_is_reported_at_its_heading()
    {
        var error = Guides.SingleBodyError("## Career path\n\nSource: survey\n\n### Junior\n\nExperience: 0-1 year\n\nLearns.\n\n### Senior\n\nLeads the team.\n");

        Assert.Equal(
            (17, 1, "career step 'Senior' has no 'Experience:' line: add one such as 'Experience: 1-3 years'"),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("a few years")]
    [InlineData("5-3 years")]
    [InlineData("3-5")]
    [InlineData("about 3 years")]
    [InlineData("100-200 years")]
    public void Experience_that_is_not_a_span_of_years_is_reported_at_its_line(string years)
    {
        var error = Guides.SingleBodyError($"## Career path\n\n### Junior\n\nLearns.\n\nExperience: {years}\n");

        Assert.Equal(
            (13, 1, $"'{years}' is not a span of years: write it as 0-1 year, 3–5 years or 12+ years"),
            Guides.Where(error));
    }

    [Fact]
    public void Every_bad_step_is_reported()
    {
        var text = new GuideBuilder().WithSteps(
            ("Junior", "0-1 year", "Learns.", []),
            ("Mid", "several years", "Solves.", []),
            ("Senior", "8-4 years", "Leads.", [])).Build();

        var result = Guides.Parse(text);

        Assert.Equal(
            [(Guides.LineOf(text, "several years"), "'several years' is not a span of years: write it as 0-1 year, 3–5 years or 12+ years"),
             (Guides.LineOf(text, "8-4 years"), "'8-4 years' is not a span of years: write it as 0-1 year, 3–5 years or 12+ years")],
            result.Diagnostics.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void Step_whose_anchor_repeats_a_section_anchor_is_reported()
    {
        var error = Guides.SingleBodyError("## Tools\n\nText.\n\n## Career path\n\n### Tools\n\nExperience: 0-1 year\n\nLearns.\n\nSource: survey\n");

        Assert.Equal(
            (13, 1, "the anchor '#tools' is already used by the heading on line 7: reword one or pin another with {#some-id}"),
            Guides.Where(error));
    }

    [Fact]
    public void Duties_on_the_line_right_after_the_experience_line_stay_duties()
    {
        var step = SingleStep("Experience: 3–5 years\nSolves harder problems alone.");

        Assert.Equal("3–5 years", step.Years.Text);
        Assert.Equal("<p>Solves harder problems alone.</p>", step.DutiesHtml);
    }
}
