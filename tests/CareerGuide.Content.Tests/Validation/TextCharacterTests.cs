using CareerGuide.Testing;

namespace CareerGuide.Content.Tests.Validation;

/// <summary>Characters that XML or HTML text cannot hold are errors wherever they stand, so no page or feed ever has to carry them.</summary>
public sealed class TextCharacterTests
{
    [Theory]
    [InlineData('\u0001', "U+0001")]
    [InlineData('\uFFFE', "U+FFFE")]
    [InlineData('\u007F', "U+007F")]
    [InlineData('\u0085', "U+0085")]
    public void A_control_character_in_the_title_is_an_error_at_its_line_and_column(char character, string named)
    {
        var text = new GuideBuilder().With("title", $"Support{character} Specialist").Build();

        var error = Assert.Single(Guides.Parse(text).Diagnostics, d => d.Message.Contains(named, StringComparison.Ordinal));

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((LineOf(text, "title:"), "title: Support".Length + 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("## Over\u0002view\n\nText.")]
    [InlineData("## Skills\n\n| Skill | Level |\n| - | - |\n| Zendesk\uFFFF | High |")]
    [InlineData("## FAQ\n\n### Do I need a degree?\n\nUsually \u001Bnot.")]
    [InlineData("## Overview\n\nA noncharacter \uFDD0 in prose.")]
    public void A_character_that_html_cannot_hold_in_the_body_is_an_error_at_its_line_and_column(string body)
    {
        var result = Guides.ParseBody(body);
        var lines = (Guides.FrontMatter + body).Split('\n');
        var line = Array.FindIndex(lines, l => l.Any(Invalid)) + 1;

        var error = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("the character U+", StringComparison.Ordinal));

        Assert.False(result.Succeeded);
        Assert.Equal((line, lines[line - 1].IndexOf(lines[line - 1].First(Invalid), StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }

    [Fact]
    public void Tabs_line_breaks_emoji_and_accents_are_ordinary_text()
    {
        var text = new GuideBuilder("Soporte Técnico 😀").WithSection("Overview", "Tabs\tand\r\nbreaks are fine.").Build();

        Assert.DoesNotContain(Guides.Parse(text).Diagnostics, d => d.Message.StartsWith("the character U+", StringComparison.Ordinal));
    }

    private static bool Invalid(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF' or '\uFDD0';

    private static int LineOf(string text, string start) =>
        text.Split('\n').ToList().FindIndex(line => line.StartsWith(start, StringComparison.Ordinal)) + 1;
}
