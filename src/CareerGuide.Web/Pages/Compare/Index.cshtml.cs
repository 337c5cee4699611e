using CareerGuide.Content;
using CareerGuide.Content.Values;
using CareerGuide.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Pages.Compare;

public sealed class IndexModel(CareerGuideDbContext db) : PageModel
{
    public const int MaxRoles = 4;
    private const int TopSkillCount = 5;

    public sealed record Column(string Slug, string Title, RoleDocument Document)
    {
        public KeyFacts Facts => Document.Facts;

        public CareerStep? TopStep => Document.CareerSteps.Count > 0 ? Document.CareerSteps[^1] : null;

        public IEnumerable<string> TopSkills => Document.Skills.Take(TopSkillCount);
    }

    public sealed record Choice(string Slug, string Title);

    /// <summary>The roles to compare, comma-separated, in column order.</summary>
    [BindProperty(SupportsGet = true, Name = "roles")]
    public string? RolesParameter { get; set; }

    /// <summary>A role the add form appends as the last column. A key of its own: the output cache reorders repeated keys.</summary>
    [BindProperty(SupportsGet = true, Name = "add")]
    public string? Add { get; set; }

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    /// <summary>Slugs in the URL that name no published role: reported on the page rather than failing it.</summary>
    public IReadOnlyList<string> Unknown { get; private set; } = [];

    public IReadOnlyList<string> Dropped { get; private set; } = [];

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requested = $"{RolesParameter},{Add}".Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant()).Where(s => s.Length <= 100).Distinct().ToList();
        var valid = requested.Where(Slug.IsValid).Take(MaxRoles * 2).ToList();
        var found = await db.Roles.AsNoTracking().Where(r => !r.IsDraft && valid.Contains(r.Slug))
            .Select(r => new Column(r.Slug, r.Title, r.Document))
            .ToListAsync(cancellationToken);

        var bySlug = found.ToDictionary(c => c.Slug);
        var known = requested.Where(bySlug.ContainsKey).ToList();
        Columns = [.. known.Take(MaxRoles).Select(slug => bySlug[slug])];
        Dropped = [.. known.Skip(MaxRoles)];
        Unknown = [.. requested.Where(slug => !bySlug.ContainsKey(slug))];
        var shown = Columns.Select(c => c.Slug).ToList();
        Choices = await db.Roles.AsNoTracking().Where(r => !r.IsDraft && !shown.Contains(r.Slug)).OrderBy(r => r.Title)
            .Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken);
    }
}
