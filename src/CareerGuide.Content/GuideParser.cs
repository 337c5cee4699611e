using CareerGuide.Content.Body;
using CareerGuide.Content.FrontMatter;
using CareerGuide.Content.Markdown;
using CareerGuide.Content.Values;

namespace CareerGuide.Content;

/// <summary>Turns the text of one guide file into a <see cref="RoleGuide"/>, or into the list of everything wrong with it.</summary>
public static class GuideParser
{
    /// <summary>Bumped whenever the parser's output changes, so that ingestion re-reads files whose text has not changed.</summary>
    public const int FormatVersion = 6;

    /// <summary>Guides run to tens of kilobytes; anything far bigger is a mistake, and parsing it would only waste time.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> names the file in diagnostics and gives the default slug.</summary>
    public static GuideParseResult Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag(path);
        if (text.Length > MaxLength)
        {
            diagnostics.Error(1, 1, $"the file has {text.Length:N0} characters, more than the {MaxLength:N0} a guide may have: split it or remove pasted data");
            return new GuideParseResult(null, diagnostics.Items);
        }

        // A byte-order mark is an encoding detail, not content; editors' tools add it without showing it.
        text = Utf16.Repair(text.TrimStart('\uFEFF'));
        TextCharacters.Check(text, diagnostics);
        if (diagnostics.HasErrors)
        {
            // The rest of the parse would only trip over the same characters (normalization throws on noncharacters).
            return new GuideParseResult(null, diagnostics.Items);
        }

        var block = FrontMatterBlock.Find(text, diagnostics);
        var header = block is null ? null : FrontMatterReader.Read(block, diagnostics);
        var slug = header?.Slug ?? FileSlug(path, diagnostics);

        if (GuideMarkdown.TryParse(block?.Body ?? text) is not { } tree)
        {
            diagnostics.Error(1, 1, "the Markdown is nested too deeply (lists, quotes, emphasis or brackets inside each other hundreds of times): flatten it");
            return new GuideParseResult(null, diagnostics.Items);
        }

        LinkSafety.Check(tree, diagnostics);
        AttributeSafety.Check(tree, diagnostics);
        var roleLinks = RoleLinks.Rewrite(tree);
        var body = BodyReader.Read(tree.Document, diagnostics);
        List<Citation> citations = [.. header?.Citations ?? [], .. body.Citations];
        if (header is not null)
        {
            Provenance.CheckCitations(citations, header.Sources, header.SourcesComplete, diagnostics);
        }

        if (header is null || diagnostics.HasErrors)
        {
            return new GuideParseResult(null, diagnostics.Items);
        }

        var guide = new RoleGuide
        {
            Slug = slug,
            Title = header.Title!,
            Summary = header.Summary!,
            Category = header.Category!,
            Soc = header.Soc,
            Updated = header.Updated!.Value,
            Draft = header.Draft,
            Aliases = header.Aliases,
            Related = header.Related,
            Facts = header.Facts,
            Sources = header.Sources,
            Sections = body.Sections,
            SalaryLevels = body.SalaryLevels,
            CareerSteps = body.CareerSteps,
            Faqs = body.Faqs,
            Skills = body.Skills,
            Tools = body.Tools,
            RoleLinks = roleLinks,
            SalarySourceId = body.SalarySourceId,
            Citations = citations,
            SalaryTableAt = body.SalaryTableAt,
            Positions = header.Positions,
        };
        return new GuideParseResult(guide, diagnostics.Items);
    }

    /// <summary>The slug the file name gives, which must be as valid as one written in <c>slug:</c>.</summary>
    private static string FileSlug(string path, DiagnosticBag diagnostics)
    {
        // Either separator: a path from Windows names the same file.
        var slug = Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(1, 1, $"the file name gives the slug '{slug}', which is not valid: rename the file with lowercase letters, digits and single hyphens, or set 'slug:'");
        }

        return slug;
    }
}
