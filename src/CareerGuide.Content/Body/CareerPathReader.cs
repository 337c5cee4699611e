using CareerGuide.Content.Markdown;
using CareerGuide.Content.Values;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Body;

/// <summary>Reads the career path: each <c>###</c> is a level with an "Experience:" line, its duties and its focus areas.</summary>
public static class CareerPathReader
{
    private const string ExperienceLabel = "experience:";
    private const string FocusLabel = "focus areas:";

    public static List<Block> Read(List<Block> blocks, List<CareerStep> steps, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var (intro, items) = SubHeadings.Split(blocks);
        foreach (var (heading, content) in items)
        {
            var step = ReadStep(heading, content, anchors, diagnostics);
            if (step is not null)
            {
                steps.Add(step);
            }
        }

        return intro;
    }

    private static CareerStep? ReadStep(HeadingBlock heading, List<Block> content, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var title = InlineText.Of(heading);
        var anchor = heading.GetAttributes().Id ?? Slug.FromText(title);
        anchors.Claim(anchor, heading);

        YamlLikeLine? experience = null;
        var focusAreas = new List<string>();
        var duties = new List<Block>();
        for (var i = 0; i < content.Count; i++)
        {
            var line = YamlLikeLine.From(content[i]);
            if (line?.Label == ExperienceLabel)
            {
                experience = line;
                duties.AddRange(line.Rest());
            }
            else if (line?.Label == FocusLabel)
            {
                focusAreas.AddRange(FocusItems(line, content.ElementAtOrDefault(i + 1), ref i));
                duties.AddRange(line.Rest());
            }
            else
            {
                duties.Add(content[i]);
            }
        }

        if (experience is null)
        {
            diagnostics.Error(heading.Line + 1, heading.Column + 1, $"career step '{title}' has no 'Experience:' line: add one such as 'Experience: 1-3 years'");
            return null;
        }

        if (!YearsText.TryParse(experience.Value, out var years))
        {
            diagnostics.Error(experience.Line, experience.Column, $"'{experience.Value}' is not a span of years: write it as 0-1 year, 3–5 years or 12+ years");
            return null;
        }

        return new CareerStep(anchor, title, years, GuideMarkdown.Render(duties), focusAreas, heading.Line + 1);
    }

    /// <summary>Focus areas are the list after the label, or the text after the colon when there is no list.</summary>
    private static List<string> FocusItems(YamlLikeLine line, Block? next, ref int index)
    {
        if (next is ListBlock list)
        {
            index++;
            return list.OfType<ListItemBlock>().Select(InlineText.OfContainer).Where(text => text.Length > 0).ToList();
        }

        return line.Value.Length > 0 ? [line.Value] : [];
    }

    /// <summary>
    /// A paragraph whose first line reads "Label: value", with emphasis on the label allowed. Lines written right
    /// under it, in the same paragraph, are not part of the value: <see cref="Rest"/> hands them back as prose.
    /// </summary>
    private sealed class YamlLikeLine(ParagraphBlock paragraph, string label, string value)
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
    }
}
