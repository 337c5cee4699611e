using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CareerGuide.Content.Markdown;

/// <summary>The one Markdig pipeline for guides, built once: tables, pinned anchors, and raw HTML shown as text.</summary>
public static class GuideMarkdown
{
    // The front matter is cut out before Markdig sees the text (its lines left blank), so no YAML extension is needed.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .DisableHtml()
        // Generic attributes must come last: it lets editors pin an anchor with {#id}; AttributeSafety keeps only ids and classes.
        .UseGenericAttributes()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Pipeline);

    // Far deeper than any guide needs, and well inside the depth Markdig's renderer accepts.
    private const int MaxDepth = 48;

    /// <summary>Parses a guide's body, or returns null when it nests deeper than can be rendered safely.</summary>
    public static MarkdownDocument? TryParse(string text)
    {
        try
        {
            var document = Parse(text);
            return DepthOf(document) > MaxDepth ? null : document;
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against stack exhaustion: "Markdown elements in the input are too deeply nested".
            return null;
        }
    }

    /// <summary>How deep blocks and inlines nest, found without recursion so that depth itself cannot exhaust the stack.</summary>
    private static int DepthOf(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            IEnumerable<MarkdownObject> children = node switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                Markdig.Syntax.Inlines.ContainerInline inline => inline,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    // Setting up a renderer builds dozens of object renderers, and a guide renders some thirty fragments:
    // each thread keeps one renderer and clears it before every fragment.
    [ThreadStatic]
    private static ReusableRenderer? _renderer;

    /// <summary>Renders a run of blocks from a parsed guide into one HTML fragment.</summary>
    public static string Render(IEnumerable<Block> blocks)
    {
        var renderer = _renderer ??= new ReusableRenderer();
        renderer.Clear();
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        renderer.Writer.Flush();
        return renderer.Writer.ToString()!.Trim();
    }

    /// <summary>An HTML renderer set up for the pipeline, which can be emptied and used again.</summary>
    private sealed class ReusableRenderer : HtmlRenderer
    {
        public ReusableRenderer()
            : base(new StringWriter()) => Pipeline.Setup(this);

        /// <summary>Empties the output and the renderer's state, as for a new renderer.</summary>
        public void Clear() => Reset();
    }
}
