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

    /// <summary>Renders a piece of Markdown that is not a whole guide, such as the lines after a label.</summary>
    public static string RenderFragment(string markdown) => Render(Parse(markdown));

    /// <summary>Renders a run of blocks from a parsed guide into one HTML fragment.</summary>
    public static string Render(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString().Trim();
    }
}
