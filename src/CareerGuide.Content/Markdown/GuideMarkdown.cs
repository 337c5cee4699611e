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
    public static MarkdownTree? TryParse(string text)
    {
        try
        {
            var tree = MarkdownTree.Of(Parse(text));
            return tree.Depth > MaxDepth ? null : tree;
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against stack exhaustion: "Markdown elements in the input are too deeply nested".
            return null;
        }
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
