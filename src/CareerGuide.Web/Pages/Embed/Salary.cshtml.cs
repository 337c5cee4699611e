using CareerGuide.Web.Data;
using CareerGuide.Web.Pages.Roles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Embed;

/// <summary>The salary card other sites put in an iframe; the only page that may be framed.</summary>
// Cards pasted on other sites before a rename keep working.
[RedirectsOldSlugs]
public sealed class SalaryModel(CareerGuideDbContext db) : PageModel
{
    public RolePage Role { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var role = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: false, cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        Role = role;
        return Page();
    }
}
