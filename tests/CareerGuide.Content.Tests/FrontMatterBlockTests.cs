using CareerGuide.Content.FrontMatter;

namespace CareerGuide.Content.Tests;

/// <summary>Cutting the front matter out of a file: its YAML as written, and a body that keeps the file's line numbers.</summary>
public sealed class FrontMatterBlockTests
{
    [Theory]
    [InlineData("---\na: 1\nb: 2\n---\n## Overview\n", "a: 1\nb: 2", "\n\n\n\n## Overview\n")]
    [InlineData("---\r\na: 1\r\n---\r\nText", "a: 1\r", "\n\n\nText")]
    [InlineData("---\n---\nText", "", "\n\nText")]
    [InlineData("---\na: 1\n...", "a: 1", "\n\n\n")]
    [InlineData("---  \na: 1\n---\t\n", "a: 1", "\n\n\n")]
    public void The_yaml_is_cut_out_and_the_body_keeps_its_line_numbers(string text, string yaml, string body)
    {
        var block = FrontMatterBlock.Find(text, new DiagnosticBag("roles/a.md"));

        Assert.NotNull(block);
        Assert.Equal((yaml, 2, body), (block.Yaml, block.FirstLine, block.Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\na: 1\n-- -\n")]
    [InlineData("title: x\n---\n")]
    public void A_missing_or_unclosed_block_is_an_error_on_line_1(string text)
    {
        var diagnostics = new DiagnosticBag("roles/a.md");

        Assert.Null(FrontMatterBlock.Find(text, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((1, 1, Severity.Error), (error.Line, error.Column, error.Severity));
    }
}
