using CareerGuide.Content.Markdown;
using CareerGuide.Content.Values;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CareerGuide.Content.Body;

/// <summary>Reads the FAQ: each <c>###</c> is a question, and what follows it, up to the next one, is its answer.</summary>
public static class FaqReader
{
    public static List<Block> Read(List<Block> blocks, List<Faq> faqs, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var (intro, items) = SubHeadings.Split(blocks);
        foreach (var (heading, answer) in items)
        {
            var question = InlineText.Of(heading);
            var anchor = heading.GetAttributes().Id ?? Slug.FromText(question);
            anchors.Claim(anchor, heading);
            if (answer.Count == 0)
            {
                diagnostics.Error(heading.Line + 1, heading.Column + 1, $"the FAQ question '{question}' has no answer: write it under the question");
                continue;
            }

            faqs.Add(new Faq(anchor, question, GuideMarkdown.Render(answer)) { AnswerText = InlineText.OfBlocks(answer) });
        }

        return intro;
    }
}
