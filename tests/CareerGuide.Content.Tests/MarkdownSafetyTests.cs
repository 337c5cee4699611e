using CareerGuide.Content.Markdown;

namespace CareerGuide.Content.Tests;

public sealed class MarkdownSafetyTests
{
    private static string NotAllowed(string url) =>
        $"the link '{url}' uses a scheme that is not allowed: use http:, https:, mailto: or a relative link";

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<p>&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</p>")]
    [InlineData("Text <b onclick=\"steal()\">bold</b> here.", "<p>Text &lt;b onclick=&quot;steal()&quot;&gt;bold&lt;/b&gt; here.</p>")]
    [InlineData("<!-- hidden --> note", "<p>&lt;!-- hidden --&gt; note</p>")]
    public void Raw_html_in_the_body_is_shown_as_text_not_as_a_tag(string markdown, string html)
    {
        var section = Assert.Single(Guides.ValidBody($"## Overview\n\n{markdown}\n").Sections);

        Assert.Equal(html, section.Html);
    }

    [Fact]
    public void Raw_html_in_duties_and_answers_is_shown_as_text()
    {
        var guide = Guides.ValidBody("""
            ## Career path

            ### Junior

            Experience: 0-1 year

            <script>alert('duties')</script>

            Source: survey

            ## FAQ

            ### Is it safe?

            <img src=x onerror=alert('answer')>
            """);

        Assert.Equal("<p>&lt;script&gt;alert('duties')&lt;/script&gt;</p>", guide.CareerSteps[0].DutiesHtml);
        Assert.Equal("<p>&lt;img src=x onerror=alert('answer')&gt;</p>", guide.Faqs[0].AnswerHtml);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "javascript:alert(1)", 1)]
    [InlineData("[click](JavaScript:alert(1))", "JavaScript:alert(1)", 1)]
    [InlineData("[click](&#106;avascript:alert(1))", "javascript:alert(1)", 1)]
    [InlineData("[click](javascript&colon;alert(1))", "javascript:alert(1)", 1)]
    [InlineData("[click](java&#9;script:alert(1))", "java\tscript:alert(1)", 1)]
    [InlineData("[click](<java\tscript:alert(1)>)", "java\tscript:alert(1)", 1)]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=", 1)]
    [InlineData("[click](vbscript:msgbox(1))", "vbscript:msgbox(1)", 1)]
    [InlineData("![logo](data:image/svg+xml,<svg/onload=alert(1)>)", "data:image/svg+xml,<svg/onload=alert(1)>", 1)]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)", 1)]
    [InlineData("See [this page](javascript:alert(1)) first.", "javascript:alert(1)", 5)]
    public void Link_with_a_scheme_that_can_run_script_is_reported_where_it_stands(string markdown, string url, int column)
    {
        var error = Guides.SingleBodyError($"## Overview\n\n{markdown}\n");

        Assert.Equal((9, column, NotAllowed(url)), Guides.Where(error));
    }

    [Fact]
    public void Reference_links_and_images_are_checked_through_their_definition()
    {
        var result = Guides.ParseBody("## Overview\n\n[click][evil] or ![logo][evil]\n\n[evil]: javascript:alert(2)\n");

        Assert.Equal(
            [(9, 1, NotAllowed("javascript:alert(2)")), (9, 18, NotAllowed("javascript:alert(2)"))],
            result.Diagnostics.Select(Guides.Where));
    }

    [Fact]
    public void Links_in_headings_lists_tables_and_structured_sections_are_checked()
    {
        var result = Guides.ParseBody("""
            ## Overview [x](javascript:heading)

            - [x](javascript:list)

            ## Salary

            | Level | Median |
            | --- | --- |
            | [x](javascript:cell) | $52k |

            Source: survey

            ## FAQ

            ### Is it safe?

            > [x](javascript:quote)
            """);

        Assert.Equal(
            [(7, 13, NotAllowed("javascript:heading")), (9, 3, NotAllowed("javascript:list")),
             (15, 3, NotAllowed("javascript:cell")), (23, 3, NotAllowed("javascript:quote"))],
            result.Diagnostics.Select(Guides.Where));
    }

    [Theory]
    [InlineData("[BLS](https://www.bls.gov/ooh/)")]
    [InlineData("[old site](http://example.org)")]
    [InlineData("[write to us](mailto:editors@example.org)")]
    [InlineData("[other guide](/roles/data-analyst)")]
    [InlineData("[image](images/desk.png)")]
    [InlineData("[below](#faq)")]
    [InlineData("<https://www.bls.gov/>")]
    [InlineData("Visit www.bls.gov today.")]
    [InlineData("![chart](https://example.org/chart.png \"Pay\")")]
    public void Web_mail_relative_and_anchor_links_are_allowed(string markdown)
    {
        var result = Guides.ParseBody($"## Overview\n\n{markdown}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Matches("<(a href|img src)=\"[^\"]+\"", result.Guide!.Sections[0].Html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("data:text/html,<b>hi</b>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    public void Url_whose_scheme_is_not_web_or_mail_is_unsafe(string url)
    {
        Assert.False(LinkSafety.IsSafe(url));
    }

    [Theory]
    [InlineData("https://www.bls.gov/")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:editors@example.org")]
    [InlineData("/roles/data-analyst")]
    [InlineData("../roles/data-analyst.md#faq")]
    [InlineData("#overview")]
    [InlineData("")]
    public void Web_mail_and_relative_urls_are_safe(string url)
    {
        Assert.True(LinkSafety.IsSafe(url));
    }

    [Theory]
    [InlineData("//evil.example/roles/data-analyst")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData(" /\t/evil.example")]
    public void Url_that_names_a_host_without_a_scheme_counts_as_off_site_not_relative(string url)
    {
        Assert.Equal(LinkKind.HostWithoutScheme, LinkSafety.Classify(url));
        Assert.False(LinkSafety.IsSafe(url));
    }

    [Theory]
    [InlineData("https://www.bls.gov/", LinkKind.OffSite)]
    [InlineData("mailto:editors@example.org", LinkKind.OffSite)]
    [InlineData("/roles/data-analyst", LinkKind.Relative)]
    [InlineData("../roles/data-analyst.md#faq", LinkKind.Relative)]
    [InlineData("#overview", LinkKind.Relative)]
    [InlineData("javascript:alert(1)", LinkKind.Unsafe)]
    public void Url_is_classified_by_where_it_leads(string url, LinkKind kind)
    {
        Assert.Equal(kind, LinkSafety.Classify(url));
    }

    [Theory]
    [InlineData("[other site](//evil.example/jobs)", "//evil.example/jobs")]
    [InlineData("[other site](/\\evil.example/jobs)", "/\\evil.example/jobs")]
    public void Link_to_another_host_without_a_scheme_is_reported_where_it_stands(string markdown, string url)
    {
        var error = Guides.SingleBodyError($"## Overview\n\n{markdown}\n");

        Assert.Equal((9, 1, $"the link '{url}' leads to another site without naming its scheme: write it with https://"), Guides.Where(error));
    }

    [Fact]
    public void Attribute_braces_cannot_add_event_handlers_to_the_html()
    {
        var result = Guides.ParseBody("## Overview\n\n[BLS](https://www.bls.gov){onclick=\"alert(1)\"} and *hover*{onmouseover=\"alert(2)\"}\n");

        var html = string.Concat(result.Guide?.Sections.Select(s => s.Html) ?? []);
        Assert.DoesNotContain(" onclick=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" onmouseover=\"", html, StringComparison.Ordinal);
    }
}
