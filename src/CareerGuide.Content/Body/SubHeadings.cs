using Markdig.Syntax;

namespace CareerGuide.Content.Body;

/// <summary>Splits a section's blocks at its <c>###</c> headings: the blocks before the first one are the section's intro.</summary>
public static class SubHeadings
{
    public static (List<Block> Intro, List<(HeadingBlock Heading, List<Block> Blocks)> Items) Split(IEnumerable<Block> blocks)
    {
        var intro = new List<Block>();
        var items = new List<(HeadingBlock, List<Block>)>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 3 } heading)
            {
                items.Add((heading, []));
            }
            else if (items.Count > 0)
            {
                items[^1].Item2.Add(block);
            }
            else
            {
                intro.Add(block);
            }
        }

        return (intro, items);
    }
}
