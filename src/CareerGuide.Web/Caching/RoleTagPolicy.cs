using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerGuide.Web.Caching;

/// <summary>
/// Tags each cached response by what it shows: a page about one role (its page, job description, share image,
/// salary card, API entry) gets that role's tag; every other page lists roles and gets the lists tag.
/// The key carries the content version of what the page is about, so a page made from content an ingestion
/// replaced is stored where no request after that ingestion looks.
/// </summary>
public sealed class RoleTagPolicy(ContentVersions versions) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var tag = RoleOf(context.HttpContext.Request.Path) is { } slug ? CacheTags.Role(slug) : CacheTags.Lists;
        context.Tags.Add(tag);
        context.CacheVaryByRules.VaryByValues["content-version"] = versions.Of(tag).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>The slug after a "roles" segment (/roles/x, /embed/roles/x/salary, /api/v1/roles/x), if any.</summary>
    /// <remarks>Read in place: every request, cached ones included, asks this, and splitting the path into strings
    /// was a sixteenth of a cached role page's time in a profile.</remarks>
    private static string? RoleOf(PathString path)
    {
        const string Segment = "/roles/";
        var value = path.Value.AsSpan();
        var at = value.IndexOf(Segment, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = value[(at + Segment.Length)..];
        var end = rest.IndexOf('/');
        var slug = end < 0 ? rest : rest[..end];
        return slug.IsEmpty ? null : slug.ToString().ToLowerInvariant();
    }
}
