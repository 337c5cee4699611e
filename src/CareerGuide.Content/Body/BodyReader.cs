using CareerGuide.Content.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CareerGuide.Content.Body;

/// <summary>Everything the body of a guide holds once its sections have been read.</summary>
public sealed record GuideBodyContent(
    IReadOnlyList<GuideSection> Sections,
    IReadOnlyList<SalaryLevel> SalaryLevels,
    IReadOnlyList<CareerStep> CareerSteps,
    IReadOnlyList<Faq> Faqs,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Tools,
    IReadOnlyList<Citation> Citations,
    string? SalarySourceId,
    SourcePosition SalaryTableAt);

/// <summary>Splits the Markdig tree of a guide into its <c>##</c> sections and reads the structured ones.</summary>
public static class BodyReader
{
    public static GuideBodyContent Read(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var anchors = new AnchorRegistry(diagnostics);
        var sections = new List<GuideSection>();
        var salary = new List<SalaryLevel>();
        var steps = new List<CareerStep>();
        var faqs = new List<Faq>();
        var skills = new List<string>();
        var tools = new List<string>();
        var citations = new List<Citation>();
        string? salarySourceId = null;
        var salaryTableAt = new SourcePosition(1, 1);

        foreach (var (heading, blocks) in SplitSections(document, diagnostics))
        {
            var text = InlineText.Of(heading);
            var (kind, anchor) = SectionHeadings.Classify(text);
            anchor = heading.GetAttributes().Id ?? anchor;
            anchors.Claim(anchor, heading);

            List<Block> trailing = [];
            var leading = kind switch
            {
                SectionKind.Salary => SalaryTableReader.Read(heading, blocks, salary, out trailing, diagnostics),
                SectionKind.CareerPath => CareerPathReader.Read(blocks, steps, citations, anchors, diagnostics),
                SectionKind.Faq => FaqReader.Read(blocks, faqs, anchors, diagnostics),
                _ => blocks,
            };
            // A table that gave no levels is already an error; asking for its source too would only add noise.
            if (kind == SectionKind.Salary && salary.Count > 0 && blocks.Find(block => block is Table) is { } table)
            {
                salaryTableAt = new SourcePosition(table.Line + 1, table.Column + 1);
                var source = YamlLikeLine.TakeSource(trailing);
                salarySourceId = source?.Id;
                citations.Add(new Citation("the salary table", string.Join("; ", salary.Select(l => $"{l.Level} {l.Median.Amount}")), salarySourceId, source?.At ?? salaryTableAt));
            }

            (kind == SectionKind.Tools ? tools : kind == SectionKind.Skills ? skills : []).AddRange(ListNames.From(blocks));
            sections.Add(new GuideSection(anchor, text, kind, GuideMarkdown.Render(leading), GuideMarkdown.Render(trailing)) { Text = InlineText.OfBlocks(kind is SectionKind.Salary or SectionKind.CareerPath ? [.. blocks.Where(b => !YamlLikeLine.IsSource(b))] : blocks) });
        }

        return new GuideBodyContent(sections, salary, steps, faqs, skills, tools, citations, salarySourceId, salaryTableAt);
    }

    /// <summary>Groups the top-level blocks under their <c>##</c> heading; reports text outside any section and stray <c>#</c> headings.</summary>
    private static List<(HeadingBlock Heading, List<Block> Blocks)> SplitSections(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var sections = new List<(HeadingBlock, List<Block>)>();
        var reportedStray = false;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } title:
                    diagnostics.Error(title.Line + 1, title.Column + 1, "a '#' heading inside the body: the page title comes from 'title:', so use '##' for sections");
                    continue;
                case HeadingBlock { Level: 2 } heading:
                    sections.Add((heading, []));
                    continue;
            }

            if (sections.Count > 0)
            {
                sections[^1].Item2.Add(block);
            }
            else if (!reportedStray)
            {
                diagnostics.Error(block.Line + 1, block.Column + 1, "text before the first '##' section: move it under a heading such as '## Overview'");
                reportedStray = true;
            }
        }

        return sections;
    }
}
