using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Markdown;

/// <summary>The plain text of Markdown inlines: emphasis, code and links reduced to their words.</summary>
public static class InlineText
{
    public static string Of(LeafBlock? block) => block?.Inline is null ? "" : Of(block.Inline);

    public static string Of(Inline inline) => OfRun([inline]);

    /// <summary>The text of a run of sibling inlines, such as one line of a paragraph.</summary>
    public static string OfRun(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(inline, builder);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The text of a block that holds paragraphs, such as a list item or a table cell.</summary>
    public static string OfContainer(ContainerBlock container) =>
        string.Join(" ", container.Descendants<LeafBlock>().Select(Of)).Trim();

    /// <summary>The words of a run of blocks, one line per paragraph, list item, heading or table cell: for search.</summary>
    public static string OfBlocks(IEnumerable<Block> blocks) =>
        string.Join("\n", blocks.SelectMany(block => block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>())
            .Select(Of).Where(text => text.Length > 0));

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
