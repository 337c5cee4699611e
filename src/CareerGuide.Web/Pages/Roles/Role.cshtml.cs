using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Roles;

public sealed class RoleModel(CareerGuideDbContext db) : PageModel
{
    public RoleView Role { get; private set; } = null!;

    public IReadOnlyList<RoleLink> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var role = await Published().Where(r => r.Slug == slug).Select(r => new RoleView
        {
            Slug = r.Slug,
            Title = r.Title,
            Summary = r.Summary,
            Category = r.Category,
            Updated = r.Updated,
            Facts = r.Facts,
            Industries = r.Industries,
            Sections = r.Sections.OrderBy(s => s.Position).Select(s => new SectionView(s.Anchor, s.Heading, s.Kind, s.Html, s.TrailingHtml)).ToList(),
            SalaryLevels = r.SalaryLevels.OrderBy(s => s.Position).Select(s => new SalaryView(s.Level, s.Median, s.Average, s.Currency)).ToList(),
            CareerSteps = r.CareerSteps.OrderBy(s => s.Position).Select(s => new StepView(s.Anchor, s.Title, s.YearsText, s.DutiesHtml, s.FocusAreas)).ToList(),
            Faqs = r.Faqs.OrderBy(f => f.Position).Select(f => new FaqView(f.Anchor, f.Question, f.AnswerHtml)).ToList(),
            Sources = r.Sources.OrderBy(s => s.Position).Select(s => new SourceView(s.Name, s.Url, s.Date)).ToList(),
            RelatedSlugs = r.RelatedRoles.OrderBy(x => x.Position).Select(x => x.TargetSlug).ToList(),
        }).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);

        if (role is null)
        {
            var current = await Published().Where(r => r.Aliases.Any(a => a.Slug == slug)).Select(r => r.Slug).FirstOrDefaultAsync(cancellationToken);
            return current is null ? NotFound() : RedirectToPagePermanent("/Roles/Role", new { slug = current });
        }

        Role = role;
        var titles = await Published().Where(r => role.RelatedSlugs.Contains(r.Slug))
            .ToDictionaryAsync(r => r.Slug, r => r.Title, cancellationToken);
        Related = [.. role.RelatedSlugs.Where(titles.ContainsKey).Select(s => new RoleLink(s, titles[s]))];
        return Page();
    }

    private IQueryable<Role> Published() => db.Roles.AsNoTracking().Where(r => !r.IsDraft);
}
