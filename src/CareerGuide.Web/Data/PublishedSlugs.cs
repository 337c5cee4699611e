using CareerGuide.Content;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

public static class PublishedSlugs
{
    /// <summary>The slugs the site has served, or none when there is no up-to-date database (validation must not create or migrate one).</summary>
    public static async Task<IReadOnlyList<PublishedSlug>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>();
        if (!scope.ServiceProvider.GetRequiredService<IDatabaseStartup>().Exists(db))
        {
            return [];
        }

        var current = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
            && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        return current
            ? await db.SlugHistory.AsNoTracking().Select(s => new PublishedSlug(s.Slug, s.Path)).ToListAsync(cancellationToken)
            : [];
    }
}
