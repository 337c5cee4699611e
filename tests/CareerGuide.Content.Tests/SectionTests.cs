namespace CareerGuide.Content.Tests;

public sealed class SectionTests
{
    [Fact]
    public void Sections_keep_the_order_they_are_written_in_with_kind_heading_and_html()
    {
        var guide = Guides.ValidBody("""
            ## Responsibilities

            - Answer tickets
            - Write notes

            ## Remote work

            Often **possible**.

            ## Overview

            A paragraph.
            """);

        Assert.Equal(
            [("responsibilities", "Responsibilities", SectionKind.Responsibilities, "<ul>\n<li>Answer tickets</li>\n<li>Write notes</li>\n</ul>"),
             ("remote-work", "Remote work", SectionKind.Custom, "<p>Often <strong>possible</strong>.</p>"),
             ("overview", "Overview", SectionKind.Overview, "<p>A paragraph.</p>")],
            guide.Sections.Select(s => (s.Anchor, s.Heading, s.Kind, s.Html)));
    }

    [Theory]
    [InlineData("Overview", SectionKind.Overview, "overview")]
    [InlineData("OVERVIEW", SectionKind.Overview, "overview")]
    [InlineData("What is a Support Specialist?", SectionKind.Overview, "overview")]
    [InlineData("What is an IT Analyst?", SectionKind.Overview, "overview")]
    [InlineData("Responsibilities", SectionKind.Responsibilities, "responsibilities")]
    [InlineData("Duties", SectionKind.Responsibilities, "responsibilities")]
    [InlineData("Duties and responsibilities", SectionKind.Responsibilities, "responsibilities")]
    [InlineData("Duties & Responsibilities", SectionKind.Responsibilities, "responsibilities")]
    [InlineData("What does a support specialist do?", SectionKind.Responsibilities, "responsibilities")]
    [InlineData("Work environment", SectionKind.WorkEnvironment, "work-environment")]
    [InlineData("Tools", SectionKind.Tools, "tools")]
    [InlineData("Tools and technologies", SectionKind.Tools, "tools")]
    [InlineData("Skills", SectionKind.Skills, "skills")]
    [InlineData("Skills and qualifications", SectionKind.Skills, "skills")]
    [InlineData("Education", SectionKind.Education, "education")]
    [InlineData("Education and training", SectionKind.Education, "education")]
    [InlineData("Qualifications", SectionKind.Education, "education")]
    [InlineData("How to get there", SectionKind.HowToGetThere, "how-to-get-there")]
    [InlineData("How to become a support specialist", SectionKind.HowToGetThere, "how-to-get-there")]
    [InlineData("Getting started", SectionKind.HowToGetThere, "how-to-get-there")]
    [InlineData("Career path", SectionKind.CareerPath, "career-path")]
    [InlineData("Career ladder", SectionKind.CareerPath, "career-path")]
    [InlineData("Pros and cons", SectionKind.ProsAndCons, "pros-and-cons")]
    [InlineData("Pros & cons", SectionKind.ProsAndCons, "pros-and-cons")]
    [InlineData("FAQ", SectionKind.Faq, "faq")]
    [InlineData("FAQs", SectionKind.Faq, "faq")]
    [InlineData("Frequently asked questions", SectionKind.Faq, "faq")]
    public void Recognised_heading_in_any_of_its_wordings_gets_its_kind_and_fixed_anchor(string heading, SectionKind kind, string anchor)
    {
        var section = Assert.Single(Guides.ValidBody($"## {heading}\n\nSome prose.\n").Sections);

        Assert.Equal((anchor, kind, heading), (section.Anchor, section.Kind, section.Heading));
        Assert.Equal("<p>Some prose.</p>", section.Html);
    }

    [Theory]
    [InlineData("Remote work", "remote-work")]
    [InlineData("Day in the life: 9–5?", "day-in-the-life-9-5")]
    [InlineData("Café culture & more!", "cafe-culture-more")]
    [InlineData("What is it like?", "what-is-it-like")]
    [InlineData("Building a *support* portfolio", "building-a-support-portfolio")]
    public void Other_heading_is_a_custom_section_with_an_anchor_made_from_its_text(string heading, string anchor)
    {
        var section = Assert.Single(Guides.ValidBody($"## {heading}\n\nSome prose.\n").Sections);

        Assert.Equal((anchor, SectionKind.Custom), (section.Anchor, section.Kind));
    }

    [Fact]
    public void Heading_keeps_its_words_without_the_markup()
    {
        var section = Assert.Single(Guides.ValidBody("## Building a *support* `portfolio`\n\nText.\n").Sections);

        Assert.Equal("Building a support portfolio", section.Heading);
    }

    [Fact]
    public void Pinned_anchor_replaces_the_anchor_made_from_the_text()
    {
        var section = Assert.Single(Guides.ValidBody("## Remote and hybrid work {#remote-work}\n\nText.\n").Sections);

        Assert.Equal(("remote-work", "Remote and hybrid work", SectionKind.Custom), (section.Anchor, section.Heading, section.Kind));
    }

    [Fact]
    public void Pinned_anchor_on_a_recognised_heading_keeps_its_kind()
    {
        var section = Assert.Single(Guides.ValidBody("## Overview {#about-the-role}\n\nText.\n").Sections);

        Assert.Equal(("about-the-role", SectionKind.Overview), (section.Anchor, section.Kind));
    }

    [Fact]
    public void Text_before_the_first_section_is_reported_once_at_its_first_line()
    {
        var error = Guides.SingleBodyError("""

            An introduction.

            Another paragraph.

            ## Overview

            Text.
            """);

        Assert.Equal(
            (8, 1, "text before the first '##' section: move it under a heading such as '## Overview'"),
            Guides.Where(error));
    }

    [Fact]
    public void Third_level_heading_before_the_first_section_is_text_before_it()
    {
        var error = Guides.SingleBodyError("### Early\n\n## Overview\n\nText.\n");

        Assert.Equal((7, 1), (error.Line, error.Column));
        Assert.StartsWith("text before the first '##' section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_heading_in_the_body_is_reported()
    {
        var error = Guides.SingleBodyError("## Overview\n\nText.\n\n# Support Specialist\n\nMore.\n");

        Assert.Equal(
            (11, 1, "a '#' heading inside the body: the page title comes from 'title:', so use '##' for sections"),
            Guides.Where(error));
    }

    [Fact]
    public void Underlined_title_heading_is_reported_at_its_underline()
    {
        var error = Guides.SingleBodyError("## Overview\n\nText.\n\nSupport Specialist\n==================\n\nMore.\n");

        Assert.Equal((12, 1), (error.Line, error.Column));
        Assert.StartsWith("a '#' heading inside the body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_headings_with_the_same_anchor_are_reported_at_the_second_naming_the_first()
    {
        var error = Guides.SingleBodyError("""
            ## Overview

            Text.

            ## What is a Support Specialist?

            More text.
            """);

        Assert.Equal(
            (11, 1, "the anchor '#overview' is already used by the heading on line 7: reword one or pin another with {#some-id}"),
            Guides.Where(error));
    }

    [Fact]
    public void Pinning_another_anchor_resolves_a_clash()
    {
        var guide = Guides.ValidBody("## Overview\n\nText.\n\n## What is a Support Specialist? {#definition}\n\nMore text.\n");

        Assert.Equal(["overview", "definition"], guide.Sections.Select(s => s.Anchor));
    }

    [Fact]
    public void Custom_heading_that_pins_a_fixed_anchor_clashes_with_the_recognised_section()
    {
        var error = Guides.SingleBodyError("## Tools\n\nText.\n\n## Our stack {#tools}\n\nMore.\n");

        Assert.StartsWith("the anchor '#tools' is already used by the heading on line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_with_no_letters_or_digits_is_reported()
    {
        var error = Guides.SingleBodyError("## Overview\n\nText.\n\n## ???\n\nMore.\n");

        Assert.Equal(
            (11, 1, "the heading has no letters or digits to make an anchor from: add one with {#some-id}"),
            Guides.Where(error));
    }
}
