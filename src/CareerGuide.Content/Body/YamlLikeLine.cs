using CareerGuide.Content.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Body;

/// <summary>
/// A paragraph whose first line reads "Label: value", with emphasis on the label allowed. Lines written right
/// under it, in the same paragraph, are not part of the value: <see cref="Rest"/> hands them back as prose.
/// </summary>
internal sealed class YamlLikeLine(ParagraphBlock paragraph, string label, string value)
{
    public string Label { get; } = label;

    public string Value { get; } = value;

    public int Line => paragraph.Line + 1;

    public int Column => paragraph.Column + 1;

    public static YamlLikeLine? From(Block block)
    {
        if (block is not ParagraphBlock { Inline: { } inline } paragraph)
        {
            return null;
        }

        var text = InlineText.OfRun(inline.TakeWhile(node => node is not LineBreakInline));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : new YamlLikeLine(paragraph, text[..(colon + 1)].ToLowerInvariant(), text[(colon + 1)..].Trim());
    }

    /// <summary>The paragraph's later lines as a paragraph of their own, or nothing when there are none.</summary>
    public IEnumerable<Block> Rest()
    {
        var lineBreak = paragraph.Inline!.FirstOrDefault(node => node is LineBreakInline);
        if (lineBreak?.NextSibling is null)
        {
            return [];
        }

        var rest = new ParagraphBlock { Inline = new ContainerInline() };
        while (lineBreak.NextSibling is { } next)
        {
            next.Remove();
            rest.Inline.AppendChild(next);
        }

        return [rest];
    }

    /// <summary>Takes the first "Source: id" paragraph out of <paramref name="blocks"/>, leaving any lines under it as prose.</summary>
    public static (string Id, SourcePosition At)? TakeSource(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (From(blocks[i]) is { Label: SourceLabel } line)
            {
                blocks.RemoveAt(i);
                blocks.InsertRange(i, line.Rest());
                return (line.Value, new SourcePosition(line.Line, line.Column));
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="block"/> is a "Source: id" line, which names a source rather than saying anything.</summary>
    public static bool IsSource(Block block) => From(block) is { Label: SourceLabel };

    private const string SourceLabel = "source:";
}
