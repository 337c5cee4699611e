using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Roles;

public sealed class RoleModel(CareerGuideDbContext db) : PageModel
{
    public RolePage Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: false, cancellationToken);
        if (page is null)
        {
            var current = await RoleViewQuery.FindByAliasAsync(db, slug, cancellationToken);
            return current is null ? NotFound() : RedirectToPagePermanent("/Roles/Role", new { slug = current });
        }

        Guide = page;
        return Page();
    }
}
