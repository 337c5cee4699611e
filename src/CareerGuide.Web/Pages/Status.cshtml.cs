using CareerGuide.Web.Data;
using CareerGuide.Web.Search;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerGuide.Web.Pages;

/// <summary>The page for error status codes; a 404 under /roles/ suggests the closest roles.</summary>
[EnableRateLimiting(RateLimits.NotFound)]
public sealed class StatusModel(CareerGuideDbContext db, RoleSuggestions suggestions) : PageModel
{
    private const int MaxSuggestions = 3;

    /// <summary>Published roles whose slug is closest to the one that was asked for.</summary>
    public IReadOnlyList<LinkedRole> Suggestions { get; private set; } = [];

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
        Suggestions = await suggestions.ForSlugAsync(db, wanted, MaxSuggestions, cancellationToken);
    }
}
