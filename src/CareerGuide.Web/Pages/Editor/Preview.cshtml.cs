using CareerGuide.Web.Data;
using CareerGuide.Web.Pages.Roles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Editor;

public sealed class PreviewModel(CareerGuideDbContext db) : PageModel
{
    public RolePage Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: true, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Guide = page;
        return Page();
    }
}
