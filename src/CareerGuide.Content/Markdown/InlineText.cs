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
        var builder = EmptyBuilder();
        foreach (var inline in inlines)
        {
            Append(inline, builder);
        }

        return builder.ToString().Trim();
    }

    // Each thread fills one builder over and over: a new one for each of the hundreds of runs in a guide, grown as it
    // filled, was a tenth of all that parsing allocated.
    [ThreadStatic]
    private static StringBuilder? _builder;

    private static StringBuilder EmptyBuilder() => (_builder ??= new StringBuilder()).Clear();

    /// <summary>The text of a block that holds paragraphs, such as a list item or a table cell.</summary>
    public static string OfContainer(ContainerBlock container) =>
        string.Join(" ", LeavesOf(container).Select(Of)).Trim();

    /// <summary>The words of a run of blocks, one line per paragraph, list item, heading or table cell: for search.</summary>
    public static string OfBlocks(IEnumerable<Block> blocks) =>
        string.Join("\n", blocks.SelectMany(LeavesOf).Select(Of).Where(text => text.Length > 0));

    /// <summary>
    /// The leaf blocks in <paramref name="block"/> (itself, when it is one) in document order. Recursive, unlike Markdig's
    /// <c>Descendants</c>, whose enumerator allocates a stack on every call: the guide parser calls this hundreds of times
    /// per guide, on trees whose depth <see cref="GuideMarkdown.TryParse"/> has bounded.
    /// </summary>
    private static List<LeafBlock> LeavesOf(Block block)
    {
        List<LeafBlock> leaves = [];
        Add(block);
        return leaves;

        void Add(Block next)
        {
            if (next is LeafBlock leaf)
            {
                leaves.Add(leaf);
                return;
            }

            foreach (var child in (ContainerBlock)next)
            {
                Add(child);
            }
        }
    }

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
