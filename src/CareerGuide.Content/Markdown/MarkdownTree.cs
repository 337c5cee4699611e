using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Markdown;

/// <summary>
/// A parsed guide body with every block and every inline in it, each list in document order (the order of Markdig's
/// <c>Descendants</c>), found in one walk without recursion, so that nesting itself cannot exhaust the stack. The checks
/// that look at every link or attribute read these lists: walking each guide five times with Markdig's enumerators, each
/// allocating and growing a stack of its own, cost a tenth of a full ingestion.
/// </summary>
public sealed class MarkdownTree
{
    private MarkdownTree(MarkdownDocument document, List<Block> blocks, List<Inline> inlines, int depth) =>
        (Document, Blocks, Inlines, Depth) = (document, blocks, inlines, depth);

    public MarkdownDocument Document { get; }

    /// <summary>Every block but the document itself.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Every inline but the container each leaf block holds its inlines in.</summary>
    public IReadOnlyList<Inline> Inlines { get; }

    /// <summary>How deep blocks and inlines nest: the document's own blocks are at 1; a paragraph among them holds its inlines in a container at 2, and they are at 3.</summary>
    public int Depth { get; }

    public static MarkdownTree Of(MarkdownDocument document)
    {
        List<Block> blocks = [];
        List<Inline> inlines = [];
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        PushBlocks(document, 1);
        while (pending.TryPop(out var next))
        {
            var (node, depth) = next;
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case ContainerBlock container:
                    blocks.Add(container);
                    PushBlocks(container, depth + 1);
                    break;
                case LeafBlock leaf:
                    blocks.Add(leaf);
                    if (leaf.Inline is { } root)
                    {
                        deepest = Math.Max(deepest, depth + 1);
                        PushInlines(root, depth + 2);
                    }

                    break;
                case ContainerInline container:
                    inlines.Add(container);
                    PushInlines(container, depth + 1);
                    break;
                case Inline inline:
                    inlines.Add(inline);
                    break;
            }
        }

        return new MarkdownTree(document, blocks, inlines, deepest);

        // Children go on the stack last first, so that they come off it in document order.
        void PushBlocks(ContainerBlock container, int depth)
        {
            for (var i = container.Count - 1; i >= 0; i--)
            {
                pending.Push((container[i], depth));
            }
        }

        void PushInlines(ContainerInline container, int depth)
        {
            for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, depth));
            }
        }
    }
}
