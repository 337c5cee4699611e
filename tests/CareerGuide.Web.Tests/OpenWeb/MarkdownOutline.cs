using CareerGuide.Content.Markdown;
using Markdig.Syntax;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>A Markdown document read by Markdig into its title, its "## " sections with their paragraphs or list items, and all its list items.</summary>
public sealed record MarkdownOutline(string? Title, IReadOnlyDictionary<string, List<string>> Sections, IReadOnlyList<string> Items)
{
    public static MarkdownOutline Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown);
        string? title = null;
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    title = InlineText.Of(heading);
                    break;
                case HeadingBlock heading:
                    current = sections[InlineText.Of(heading)] = [];
                    break;
                case ParagraphBlock paragraph:
                    current?.Add(InlineText.Of(paragraph));
                    break;
                case ListBlock list:
                    current?.AddRange(list.OfType<ListItemBlock>().Select(InlineText.OfContainer));
                    break;
            }
        }

        var items = document.Descendants<ListItemBlock>().Select(InlineText.OfContainer).ToList();
        return new MarkdownOutline(title, sections, items);
    }
}
