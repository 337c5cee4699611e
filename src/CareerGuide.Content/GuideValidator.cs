using System.Globalization;

namespace CareerGuide.Content;

/// <summary>The rules that need more than the parser knows: today's date, and the other guides of the site.</summary>
public static class GuideValidator
{
    /// <summary>Rules about one guide on its own: figures that contradict each other, the order of the ladder, dates.</summary>
    public static IReadOnlyList<Diagnostic> CheckGuide(string path, RoleGuide guide, DateOnly today)
    {
        var diagnostics = new DiagnosticBag(path);
        CheckMedianWithinRange(guide, diagnostics);
        CheckLadderOrder(guide, diagnostics);
        CheckDates(guide, today, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Rules between guides: one URL per guide, related roles and links that lead somewhere.</summary>
    public static IReadOnlyList<Diagnostic> CheckReferences(GuideReferences guide, SiteIndex site)
    {
        var diagnostics = new DiagnosticBag(guide.Identity.Path);
        foreach (var claim in guide.Identity.Claims.Distinct(StringComparer.Ordinal))
        {
            var owner = site.OwnerOf(claim);
            if (owner is not null && owner != guide.Identity.Path)
            {
                var at = claim == guide.Identity.Slug ? guide.SlugAt : guide.AliasesAt;
                diagnostics.Error(at.Line, at.Column, $"the slug '{claim}' is already used by {owner}: every slug and alias must be unique");
            }
        }

        foreach (var related in guide.Related.Where(slug => !site.HasRole(slug)))
        {
            diagnostics.Warning(guide.RelatedAt.Line, guide.RelatedAt.Column, $"the related role '{related}' does not exist: it is not shown until a guide with that slug is published");
        }

        foreach (var link in guide.RoleLinks.Where(link => !site.Answers(link.Slug)))
        {
            diagnostics.Error(link.Line, link.Column, $"the link to '{link.Slug}' leads to no role: check the slug");
        }

        return diagnostics.Items;
    }

    /// <summary>Slugs that were published once and that no guide answers any more: their links now break.</summary>
    public static IEnumerable<Diagnostic> CheckRetiredSlugs(SiteIndex site) =>
        site.Published.Where(published => !site.Answers(published.Slug)).Select(published => new Diagnostic(
            published.Path, 1, 1, Severity.Warning,
            $"the slug '{published.Slug}' was published and no guide answers it any more: add it to the 'aliases' of the guide that replaces it"));

    private static void CheckMedianWithinRange(RoleGuide guide, DiagnosticBag diagnostics)
    {
        var (median, range) = (guide.Facts.MedianSalary, guide.Facts.SalaryRange);
        if (median is null || range is null || median.Amount.Currency != range.High.Currency)
        {
            return;
        }

        var at = guide.PositionOf("facts.median_salary.amount");
        if (median.Amount.Amount > range.High.Amount)
        {
            diagnostics.Error(at.Line, at.Column, $"the median salary {Format(median.Amount)} is above the top of the salary range {Format(range.High)}");
        }
        else if (median.Amount.Amount < range.Low.Amount)
        {
            diagnostics.Error(at.Line, at.Column, $"the median salary {Format(median.Amount)} is below the bottom of the salary range {Format(range.Low)}");
        }
    }

    private static void CheckLadderOrder(RoleGuide guide, DiagnosticBag diagnostics)
    {
        for (var i = 1; i < guide.CareerSteps.Count; i++)
        {
            var (previous, step) = (guide.CareerSteps[i - 1], guide.CareerSteps[i]);
            if (step.Years.Min < previous.Years.Min)
            {
                diagnostics.Error(step.Line, 1, $"career step '{step.Title}' ({step.Years.Text}) comes after '{previous.Title}' ({previous.Years.Text}): list the levels from the most junior up");
            }
        }
    }

    private static void CheckDates(RoleGuide guide, DateOnly today, DiagnosticBag diagnostics)
    {
        if (guide.Updated > today)
        {
            var at = guide.PositionOf("updated");
            diagnostics.Error(at.Line, at.Column, $"'updated' is in the future: {guide.Updated:yyyy-MM-dd}");
        }

        for (var i = 0; i < guide.Sources.Count; i++)
        {
            var date = guide.Sources[i].Date;
            var first = date is null ? (DateOnly?)null : DateOnly.ParseExact(date[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (first > today)
            {
                var at = guide.PositionOf($"sources[{i + 1}].date");
                diagnostics.Error(at.Line, at.Column, $"the date of source {i + 1} is in the future: {date}");
            }
        }
    }

    private static string Format(Money money) => $"{money.Amount.ToString("N0", CultureInfo.InvariantCulture)} {money.Currency}";
}
