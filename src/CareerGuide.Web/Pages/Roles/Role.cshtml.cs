using CareerGuide.Web.Caching;
using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Roles;

[RedirectsOldSlugs]
public sealed class RoleModel(CareerGuideDbContext db) : PageModel
{
    public RolePage Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: false, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Guide = page;
        // The page shows these roles' titles too, so editing one of them must refresh this page.
        CacheTags.Add(HttpContext, [.. page.Related.Select(r => r.Slug), .. page.LeadsHere.Select(r => r.Slug), .. page.StepRoles.Values]);
        return Page();
    }
}
