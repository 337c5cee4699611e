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
    public static Task<PreparedInsert> PrepareInsertAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => PreparedInsert.PrepareAsync(db,
        "INSERT INTO RoleSearch(rowid, title, aliases, summary, skills, responsibilities, faqs, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", cancellationToken);

    /// <summary>The search row of the role with id <paramref name="roleId"/>: the id, then the text of each column.</summary>
    public static object?[] Row(int roleId, RoleGuide guide)
    {
        var (skills, responsibilities, body) = (Text(guide, SectionKind.Skills, SectionKind.Tools), Text(guide, SectionKind.Responsibilities), Text(guide, null));
        var aliases = string.Join(' ', guide.Aliases.Select(a => a.Replace('-', ' ')));
        var faqs = string.Join('\n', guide.Faqs.Select(f => f.Question + "\n" + f.AnswerText));
        return [roleId, guide.Title, aliases, guide.Summary, skills, responsibilities, faqs, body];
    }

    /// <summary>The text of the sections of the given kinds; with none given, of every section not indexed on its own.</summary>
    private static string Text(RoleGuide guide, params SectionKind[]? kinds)
    {
        SectionKind[] own = [SectionKind.Skills, SectionKind.Tools, SectionKind.Responsibilities, SectionKind.Faq];
        var sections = kinds is null ? guide.Sections.Where(s => !own.Contains(s.Kind)) : guide.Sections.Where(s => kinds.Contains(s.Kind));
        return string.Join('\n', sections.Select(s => s.Text));
    }
}
