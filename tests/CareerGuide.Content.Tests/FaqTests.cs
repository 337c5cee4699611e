namespace CareerGuide.Content.Tests;

public sealed class FaqTests
{
    [Fact]
    public void Each_question_becomes_an_faq_with_its_anchor_and_answer_in_order()
    {
        var guide = Guides.ValidBody("""
            ## FAQ

            ### Do I need a degree?

            Usually not.

            ### Can I work remotely?

            Often, yes.
            """);

        Assert.Equal(
            [("do-i-need-a-degree", "Do I need a degree?", "<p>Usually not.</p>"),
             ("can-i-work-remotely", "Can I work remotely?", "<p>Often, yes.</p>")],
            guide.Faqs.Select(f => (f.Anchor, f.Question, f.AnswerHtml)));
    }

    [Fact]
    public void Answer_keeps_its_paragraphs_lists_and_emphasis_up_to_the_next_question()
    {
        var faq = Guides.ValidBody("""
            ## FAQ

            ### What does it pay?

            It depends on **where** you work:

            - $35k to start
            - $70k later

            Senior roles pay more.

            ### Is it stressful?

            Sometimes.
            """).Faqs[0];

        Assert.Equal(
            "<p>It depends on <strong>where</strong> you work:</p>\n<ul>\n<li>$35k to start</li>\n<li>$70k later</li>\n</ul>\n<p>Senior roles pay more.</p>",
            faq.AnswerHtml);
    }

    [Fact]
    public void Pinned_anchor_replaces_the_anchor_made_from_the_question()
    {
        var faq = Assert.Single(Guides.ValidBody("## FAQ\n\n### Can I work from home? {#remote}\n\nOften.\n").Faqs);

        Assert.Equal(("remote", "Can I work from home?"), (faq.Anchor, faq.Question));
    }

    [Theory]
    [InlineData("FAQ")]
    [InlineData("FAQs")]
    [InlineData("Frequently asked questions")]
    public void Prose_before_the_first_question_is_the_sections_html(string heading)
    {
        var guide = Guides.ValidBody($"## {heading}\n\nAnswers to what readers ask most.\n\n### Do I need a degree?\n\nUsually not.\n");

        var section = Assert.Single(guide.Sections);
        Assert.Equal(("faq", SectionKind.Faq, "<p>Answers to what readers ask most.</p>"), (section.Anchor, section.Kind, section.Html));
        Assert.Equal("Do I need a degree?", Assert.Single(guide.Faqs).Question);
    }

    [Fact]
    public void Third_level_headings_outside_the_faq_are_not_questions()
    {
        var guide = Guides.ValidBody("## Skills\n\n### Technical skills\n\n- Networking\n");

        Assert.Empty(guide.Faqs);
        Assert.Contains("<h3>Technical skills</h3>", guide.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_without_an_answer_is_reported_at_its_heading()
    {
        var error = Guides.SingleBodyError("## FAQ\n\n### Do I need a degree?\n\n### Can I work remotely?\n\nOften, yes.\n");

        Assert.Equal(
            (9, 1, "the FAQ question 'Do I need a degree?' has no answer: write it under the question"),
            Guides.Where(error));
    }

    [Fact]
    public void Last_question_without_an_answer_is_reported()
    {
        var error = Guides.SingleBodyError("## FAQ\n\n### Do I need a degree?\n\nUsually not.\n\n### Can I work remotely?\n");

        Assert.Equal((13, "the FAQ question 'Can I work remotely?' has no answer: write it under the question"), (error.Line, error.Message));
    }

    [Fact]
    public void The_same_question_twice_is_a_duplicate_anchor()
    {
        var error = Guides.SingleBodyError("## FAQ\n\n### Do I need a degree?\n\nNo.\n\n### Do I need a degree?\n\nStill no.\n");

        Assert.Equal(
            (13, 1, "the anchor '#do-i-need-a-degree' is already used by the heading on line 9: reword one or pin another with {#some-id}"),
            Guides.Where(error));
    }
}
