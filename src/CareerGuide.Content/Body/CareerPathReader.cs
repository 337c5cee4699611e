using CareerGuide.Content.Markdown;
using CareerGuide.Content.Values;
using Markdig.Renderers.Html;
using Markdig.Syntax;

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
            }
            else if (line?.Label == FocusLabel)
            {
                focusAreas.AddRange(FocusItems(line, content.ElementAtOrDefault(i + 1), ref i));
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

    /// <summary>A paragraph of the form "Label: value", with emphasis on the label allowed.</summary>
    private sealed record YamlLikeLine(string Label, string Value, int Line, int Column)
    {
        public static YamlLikeLine? From(Block block)
        {
            if (block is not ParagraphBlock paragraph)
            {
                return null;
            }

            var text = InlineText.Of(paragraph);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? null
                : new YamlLikeLine(text[..(colon + 1)].ToLowerInvariant(), text[(colon + 1)..].Trim(), paragraph.Line + 1, paragraph.Column + 1);
        }
    }
}
