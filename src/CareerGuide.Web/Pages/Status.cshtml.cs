using CareerGuide.Web.Data;
using CareerGuide.Web.Pages.Roles;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages;

/// <summary>The page for error status codes; a 404 under /roles/ suggests the closest roles.</summary>
public sealed class StatusModel(CareerGuideDbContext db) : PageModel
{
    private const int MaxSuggestions = 3;

    /// <summary>Published roles whose slug is closest to the one that was asked for.</summary>
    public IReadOnlyList<RoleLink> Suggestions { get; private set; } = [];

    public int Code { get; private set; }

    public async Task OnGetAsync(int code, CancellationToken cancellationToken)
    {
        // Re-executed for the original response, whose status stays; visited directly, it answers with the code asked for.
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        if (Code != StatusCodes.Status404NotFound)
        {
            return;
        }

        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "";
        if (!path.StartsWith("/roles/", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var wanted = path["/roles/".Length..].Split('/')[0].ToLowerInvariant();
        var roles = await db.Roles.AsNoTracking().Where(r => !r.IsDraft).Select(r => new RoleLink(r.Slug, r.Title)).ToListAsync(cancellationToken);
        var limit = Math.Max(3, wanted.Length / 2);
        Suggestions = [.. roles
            .Select(role => (role, distance: Math.Min(Distance(wanted, role.Slug), SharedWordsDistance(wanted, role.Slug))))
            .Where(pair => pair.distance <= limit)
            .OrderBy(pair => pair.distance).ThenBy(pair => pair.role.Title)
            .Take(MaxSuggestions)
            .Select(pair => pair.role)];
    }

    private static int Distance(string a, string b) => CareerGuide.Content.FrontMatter.Suggestions.Distance(a, b);

    /// <summary>"support" is close to "customer-support-specialist": count the words of the request the slug lacks.</summary>
    private static int SharedWordsDistance(string wanted, string slug)
    {
        var words = wanted.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slugWords = slug.Split('-');
        var missing = words.Count(w => !slugWords.Any(s => s.StartsWith(w, StringComparison.Ordinal)));
        return words.Length == 0 || missing == words.Length ? int.MaxValue : missing * 3;
    }
}
