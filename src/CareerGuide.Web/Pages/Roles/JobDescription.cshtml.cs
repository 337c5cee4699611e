using System.Net;
using System.Text;
using CareerGuide.Web.Data;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Roles;

// Links pasted into job posts before a rename keep working, downloads included.
[RedirectsOldSlugs("format")]
public sealed class JobDescriptionModel(CareerGuideDbContext db, SiteUrls urls) : PageModel
{
    public JobDescription Description { get; private set; } = null!;

    public string Slug { get; private set; } = "";

    public string EmbedSnippet { get; private set; } = "";

    /// <summary>The page, or with <c>?format=markdown</c> or <c>?format=text</c> the same template as a download.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, string? format, CancellationToken cancellationToken)
    {
        var role = await RoleViewQuery.LoadAsync(db, slug, includeDrafts: false, cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        Slug = slug;
        Description = JobDescription.From(role, urls.Role(slug));
        // Pasted into other sites' pages: a quote or '<' in the title must stay inside the attribute.
        EmbedSnippet = $"<iframe src=\"{WebUtility.HtmlEncode(urls.SalaryCard(slug))}\" title=\"{WebUtility.HtmlEncode($"{role.Title} salary")}\" width=\"360\" height=\"260\" loading=\"lazy\" style=\"border:0\"></iframe>";
        return format switch
        {
            null or "" => Page(),
            "markdown" => File(Encoding.UTF8.GetBytes(Description.ToMarkdown()), "text/markdown; charset=utf-8", $"{slug}-job-description.md"),
            "text" => File(Encoding.UTF8.GetBytes(Description.ToPlainText()), "text/plain; charset=utf-8", $"{slug}-job-description.txt"),
            _ => BadRequest(),
        };
    }
}
