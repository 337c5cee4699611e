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

    /// <summary>
    /// Adds the steps to <paramref name="steps"/> and a citation of each step's span of years to <paramref name="citations"/>:
    /// a step's own "Source:" line, or the one under the heading, which applies to every step. Returns the intro.
    /// </summary>
    public static List<Block> Read(List<Block> blocks, List<CareerStep> steps, List<Citation> citations, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var (intro, items) = SubHeadings.Split(blocks);
        var pathSource = YamlLikeLine.TakeSource(intro);
        foreach (var (heading, content) in items)
        {
            var stepSource = YamlLikeLine.TakeSource(content);
            var step = ReadStep(heading, content, anchors, diagnostics);
            if (step is not null)
            {
                var (source, experienceAt) = (stepSource ?? pathSource, step.Value.ExperienceAt);
                steps.Add(step.Value.Step with { SourceId = source?.Id });
                citations.Add(new Citation($"career step '{step.Value.Step.Title}'", step.Value.Step.Years.Text, source?.Id, source?.At ?? experienceAt));
            }
        }

        return intro;
    }

    private static (CareerStep Step, SourcePosition ExperienceAt)? ReadStep(HeadingBlock heading, List<Block> content, AnchorRegistry anchors, DiagnosticBag diagnostics)
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

        return (new CareerStep(anchor, title, years, GuideMarkdown.Render(duties), focusAreas, heading.Line + 1), new SourcePosition(experience.Line, experience.Column));
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
}
