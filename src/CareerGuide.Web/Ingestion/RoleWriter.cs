using CareerGuide.Content;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Turns a parsed guide into the role row the database stores.</summary>
public static class RoleWriter
{
    public static Role ToRole(RoleGuide guide, string sourcePath, string contentHash, DateTimeOffset now) => new()
    {
        Slug = guide.Slug,
        Title = guide.Title,
        Summary = guide.Summary,
        Category = guide.Category,
        Updated = guide.Updated,
        IsDraft = guide.Draft,
        SourcePath = sourcePath,
        ContentHash = contentHash,
        IngestedAt = now,
        Facts = RoleFacts.Of(guide),
        Document = RoleDocument.Of(guide),
        RelatedSlugs = [.. guide.Related],
        StepTitles = [.. guide.CareerSteps.Select(s => s.Title)],
    };
}
