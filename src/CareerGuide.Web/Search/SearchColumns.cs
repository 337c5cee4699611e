using CareerGuide.Content;

namespace CareerGuide.Web.Search;

/// <summary>How far a search column reaches: the columns that name a role are also among those it is about.</summary>
internal enum ColumnReach
{
    /// <summary>Names the role, as its slug and old slugs do.</summary>
    Name,

    /// <summary>What the role is about rather than merely mentions.</summary>
    Key,

    /// <summary>Text the role mentions.</summary>
    Mention,
}

/// <summary>One column of the search table: its name, its weight (bm25's on SQLite, a tsvector weight class on PostgreSQL), its reach and the text of a guide it holds.</summary>
internal sealed record SearchColumn(string Name, double Weight, ColumnReach Reach, Func<RoleGuide, string> Text);

/// <summary>
/// What the search index holds of a guide, column by column, whatever the provider: the columns in order with their
/// weights, their reach and the text of a guide each holds. Each provider's index is built from this list.
/// </summary>
internal static class SearchColumns
{
    private static readonly SectionKind[] SkillSections = [SectionKind.Skills, SectionKind.Tools];
    private static readonly SectionKind[] ResponsibilitySections = [SectionKind.Responsibilities];
    private static readonly SectionKind[] FaqSections = [SectionKind.Faq];

    /// <summary>
    /// The sections indexed in a column of their own, in column order: skills (with tools), responsibilities, FAQs
    /// (whose column holds the questions and answers); every other section goes into the body. Search builds its
    /// snippets from the sections in this same order.
    /// </summary>
    public static IReadOnlyList<SectionKind[]> OwnColumns { get; } = [SkillSections, ResponsibilitySections, FaqSections];

    public static IReadOnlyList<SearchColumn> All { get; } =
    [
        new("title", 10.0, ColumnReach.Name, guide => guide.Title),
        new("aliases", 8.0, ColumnReach.Name, guide => string.Join(' ', guide.Aliases.Select(a => a.Replace('-', ' ')))),
        new("summary", 3.0, ColumnReach.Key, guide => guide.Summary),
        new("skills", 2.0, ColumnReach.Key, guide => Text(guide, SkillSections)),
        new("responsibilities", 1.5, ColumnReach.Mention, guide => Text(guide, ResponsibilitySections)),
        new("faqs", 1.0, ColumnReach.Mention, guide => string.Join('\n', guide.Faqs.Select(f => f.Question + "\n" + f.AnswerText))),
        new("body", 1.0, ColumnReach.Mention, guide => Text(guide.Sections.Where(s => !OwnColumns.Any(kinds => kinds.Contains(s.Kind))))),
    ];

    private static string Text(RoleGuide guide, SectionKind[] kinds) => Text(guide.Sections.Where(s => kinds.Contains(s.Kind)));

    private static string Text(IEnumerable<GuideSection> sections) => string.Join('\n', sections.Select(s => s.Text));
}
