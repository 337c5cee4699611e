using CareerGuide.Content.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Tests;

public sealed class MarkdownTreeTests
{
    private const string NestedTooDeeply = "the Markdown is nested too deeply (lists, quotes, emphasis or brackets inside each other hundreds of times): flatten it";

    // Every kind of nesting a guide has: lists in quotes, a table, emphasis in links in list items, code, line breaks.
    private const string Body = """
        ## Overview {#intro}

        A *first* paragraph with [a **strong** link](/roles/data-analyst) and `code`,
        then a line break and <https://example.com>.

        > A quote that holds a list:
        >
        > - one *item* with **nested _emphasis_**
        > - two
        >   1. nested [link](support-specialist.md#faq)

        | Level | Median |
        | --- | --- |
        | Junior | $40,000 |

        ### A sub-heading

        Last words.
        """;

    [Fact]
    public void Blocks_and_inlines_come_in_the_order_markdig_walks_them()
    {
        var document = GuideMarkdown.Parse(Body);

        var tree = MarkdownTree.Of(document);

        Assert.Equal(document.Descendants<Block>(), tree.Blocks);
        Assert.Equal(document.Descendants<Inline>(), tree.Inlines);
        Assert.Contains(tree.Blocks, block => block is ListItemBlock);
        Assert.Contains(tree.Inlines, inline => inline is EmphasisInline { Parent: EmphasisInline });
    }

    [Theory]
    [InlineData("Plain words.", 3)]
    [InlineData("Some *emphasis*.", 4)]
    [InlineData("> > > Three quotes deep.", 6)]
    [InlineData("- one\n  - two", 7)]
    public void Depth_counts_every_level_of_blocks_and_inlines(string body, int depth) =>
        Assert.Equal(depth, MarkdownTree.Of(GuideMarkdown.Parse(body)).Depth);

    [Fact]
    public void A_body_nested_deeper_than_can_be_rendered_is_an_error_naming_the_problem()
    {
        var nested = string.Concat(Enumerable.Repeat("> ", 60)) + "Too deep.";

        var error = Guides.SingleError(Guides.FrontMatter + "## Overview\n\n" + nested + "\n");

        Assert.Equal(NestedTooDeeply, error.Message);
    }

    [Fact]
    public void A_body_nested_a_few_levels_is_read()
    {
        var nested = string.Concat(Enumerable.Repeat("> ", 10)) + "Deep enough.";

        var guide = Guides.Valid(Guides.FrontMatter + "## Overview\n\n" + nested + "\n");

        Assert.Contains("Deep enough.", Assert.Single(guide.Sections).Html, StringComparison.Ordinal);
    }
}
