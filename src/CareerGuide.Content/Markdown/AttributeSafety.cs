using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CareerGuide.Content.Markdown;

/// <summary>
/// The {…} attribute syntax is there to pin anchors; any other attribute (onclick, style, href …) could run
/// script or restyle the page, so it is removed and reported.
/// </summary>
public static class AttributeSafety
{
    public static void Check(MarkdownTree tree, DiagnosticBag diagnostics)
    {
        IEnumerable<MarkdownObject> nodes = [.. tree.Blocks, .. tree.Inlines];
        foreach (var node in nodes)
        {
            var attributes = node.TryGetAttributes();
            if (attributes?.Properties is not { Count: > 0 } properties)
            {
                continue;
            }

            foreach (var property in properties)
            {
                diagnostics.Error(node.Line + 1, node.Column + 1, $"the attribute '{property.Key}' is not allowed: only {{#anchor}} and {{.class}} may be set");
            }

            properties.Clear();
        }
    }
}
