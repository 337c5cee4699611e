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
        return Page();
    }
}
