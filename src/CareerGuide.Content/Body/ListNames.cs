using CareerGuide.Content.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Body;

/// <summary>
/// The names in a section's bulleted lists: "**Zendesk**: ticketing" and "Active listening: ..." give
/// "Zendesk" and "Active listening". Used for the skills and tools a page links to search.
/// </summary>
public static class ListNames
{
    private const int MaxNameLength = 60;

    public static IReadOnlyList<string> From(IEnumerable<Block> blocks) =>
        [.. blocks.SelectMany(block => block is ListBlock list ? [list] : block is ContainerBlock container ? container.Descendants<ListBlock>() : [])
            .SelectMany(list => list.OfType<ListItemBlock>())
            .Select(NameOf)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? NameOf(ListItemBlock item)
    {
        if (item.FirstOrDefault() is not ParagraphBlock { Inline: { } inline } paragraph)
        {
            return null;
        }

        var strong = inline.FirstChild as EmphasisInline;
        var text = strong is not null ? InlineText.Of(strong) : InlineText.Of(paragraph);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = (colon > 0 ? text[..colon] : text).Trim().TrimEnd('.');
        return name.Length is > 0 and <= MaxNameLength ? name : null;
    }
}
