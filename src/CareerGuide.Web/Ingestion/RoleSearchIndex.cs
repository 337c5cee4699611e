using CareerGuide.Content;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Ingestion;

/// <summary>Keeps the FTS5 table <c>RoleSearch</c> in step with the roles, inside ingestion's transaction.</summary>
public static class RoleSearchIndex
{
    public static async Task RemoveAsync(CareerGuideDbContext db, IReadOnlyCollection<int> roleIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in roleIds.Chunk(500))
        {
            var ids = string.Join(",", chunk);
            // The ids are integers from our own database, so composing them into the statement is safe.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM RoleSearch WHERE rowid IN ({ids})", cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>The insert of one role's search row; its values are <see cref="Row"/>.</summary>
    public static Task<PreparedStatement> PrepareInsertAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => PreparedStatement.PrepareAsync(db,
        "INSERT INTO RoleSearch(rowid, title, aliases, summary, skills, responsibilities, faqs, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", cancellationToken);

    private static readonly SectionKind[] SkillSections = [SectionKind.Skills, SectionKind.Tools];
    private static readonly SectionKind[] ResponsibilitySections = [SectionKind.Responsibilities];

    /// <summary>
    /// The sections indexed in a column of their own, in column order: skills (with tools), responsibilities, FAQs
    /// (whose column holds the questions and answers); every other section goes into the body. Search builds its
    /// snippets from the sections in this same order.
    /// </summary>
    public static IReadOnlyList<SectionKind[]> OwnColumns { get; } = [SkillSections, ResponsibilitySections, [SectionKind.Faq]];

    /// <summary>The search row of the role with id <paramref name="roleId"/>: the id, then the text of each column.</summary>
    public static object?[] Row(int roleId, RoleGuide guide)
    {
        var aliases = string.Join(' ', guide.Aliases.Select(a => a.Replace('-', ' ')));
        var faqs = string.Join('\n', guide.Faqs.Select(f => f.Question + "\n" + f.AnswerText));
        var body = Text(guide.Sections.Where(s => !OwnColumns.Any(kinds => kinds.Contains(s.Kind))));
        return [roleId, guide.Title, aliases, guide.Summary, Text(guide, SkillSections), Text(guide, ResponsibilitySections), faqs, body];
    }

    private static string Text(RoleGuide guide, SectionKind[] kinds) => Text(guide.Sections.Where(s => kinds.Contains(s.Kind)));

    private static string Text(IEnumerable<GuideSection> sections) => string.Join('\n', sections.Select(s => s.Text));
}
