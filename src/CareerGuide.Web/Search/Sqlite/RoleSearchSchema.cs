using System.Globalization;
using CareerGuide.Content;

namespace CareerGuide.Web.Search.Sqlite;

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

/// <summary>One column of the search table: its name, its weight in bm25, its reach and the text of a guide it holds.</summary>
internal sealed record SearchColumn(string Name, double Weight, ColumnReach Reach, Func<RoleGuide, string> Text);

/// <summary>
/// The FTS5 table that indexes published roles, spelled once: its name, its columns in table order with their bm25
/// weights, and what each holds. The row writer, the queries and the column filters all read it. (The migrations that
/// created the table keep their own spelling: a migration is the schema of its day, not of today.)
/// </summary>
internal static class RoleSearchSchema
{
    public const string Table = "RoleSearch";

    /// <summary>The fts5vocab table over <see cref="Table"/>: one row per word the index knows.</summary>
    public const string Terms = "RoleSearchTerms";

    private static readonly SectionKind[] SkillSections = [SectionKind.Skills, SectionKind.Tools];
    private static readonly SectionKind[] ResponsibilitySections = [SectionKind.Responsibilities];
    private static readonly SectionKind[] FaqSections = [SectionKind.Faq];

    /// <summary>
    /// The sections indexed in a column of their own, in column order: skills (with tools), responsibilities, FAQs
    /// (whose column holds the questions and answers); every other section goes into the body. Search builds its
    /// snippets from the sections in this same order.
    /// </summary>
    public static IReadOnlyList<SectionKind[]> OwnColumns { get; } = [SkillSections, ResponsibilitySections, FaqSections];

    public static IReadOnlyList<SearchColumn> Columns { get; } =
    [
        new("title", 10.0, ColumnReach.Name, guide => guide.Title),
        new("aliases", 8.0, ColumnReach.Name, guide => string.Join(' ', guide.Aliases.Select(a => a.Replace('-', ' ')))),
        new("summary", 3.0, ColumnReach.Key, guide => guide.Summary),
        new("skills", 2.0, ColumnReach.Key, guide => Text(guide, SkillSections)),
        new("responsibilities", 1.5, ColumnReach.Mention, guide => Text(guide, ResponsibilitySections)),
        new("faqs", 1.0, ColumnReach.Mention, guide => string.Join('\n', guide.Faqs.Select(f => f.Question + "\n" + f.AnswerText))),
        new("body", 1.0, ColumnReach.Mention, guide => Text(guide.Sections.Where(s => !OwnColumns.Any(kinds => kinds.Contains(s.Kind))))),
    ];

    /// <summary>The column filter of the columns a role is about: title, aliases, summary, skills and tools.</summary>
    public static string KeyColumns { get; } = Filter(ColumnReach.Key);

    /// <summary>The column filter of the columns that name a role: title and aliases.</summary>
    public static string NameColumns { get; } = Filter(ColumnReach.Name);

    /// <summary>bm25 with every column's weight: title matches count most.</summary>
    public static string Rank { get; } =
        $"bm25({Table}, {string.Join(", ", Columns.Select(c => c.Weight.ToString("0.0", CultureInfo.InvariantCulture)))})";

    /// <summary>The insert of one role's search row: the rowid (the role's id), then every column.</summary>
    public static string Insert { get; } =
        $"INSERT INTO {Table}(rowid, {string.Join(", ", Columns.Select(c => c.Name))}) VALUES (?1, {string.Join(", ", Columns.Select((_, i) => $"?{i + 2}"))})";

    private static string Filter(ColumnReach reach) => $"{{{string.Join(' ', Columns.Where(c => c.Reach <= reach).Select(c => c.Name))}}}";

    private static string Text(RoleGuide guide, SectionKind[] kinds) => Text(guide.Sections.Where(s => kinds.Contains(s.Kind)));

    private static string Text(IEnumerable<GuideSection> sections) => string.Join('\n', sections.Select(s => s.Text));
}
