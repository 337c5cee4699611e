using System.Globalization;

namespace CareerGuide.Content;

/// <summary>The rules that need more than the parser knows: today's date, and the other guides of the site.</summary>
public static class GuideValidator
{
    /// <summary>Rules about one guide on its own: figures that contradict each other, the order of the ladder, dates.</summary>
    public static IReadOnlyList<Diagnostic> CheckGuide(string path, RoleGuide guide, DateOnly today, int staleAfterYears = Provenance.DefaultStaleAfterYears)
    {
        var diagnostics = new DiagnosticBag(path);
        CheckMedianWithinRange(guide, diagnostics);
        CheckLadderOrder(guide, diagnostics);
        CheckDates(guide, today, diagnostics);
        Provenance.CheckSources(guide, today, staleAfterYears, diagnostics);
        Provenance.CheckLevelsMatchSteps(guide, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>
    /// Figures of one occupation (<c>soc</c>) from the same source and date that differ between guides: a warning on
    /// each, naming the other's file:line:column, since one of them misreads the source.
    /// </summary>
    public static IEnumerable<Diagnostic> CheckFiguresAcrossGuides(IEnumerable<GuideReferences> guides)
    {
        var figures = guides
            .Where(g => g.Soc is not null)
            .SelectMany(g => g.Figures.Select(f => (Path: g.Identity.Path, g.Soc, Figure: f)))
            .GroupBy(x => (x.Soc, x.Figure.Figure, x.Figure.Source, x.Figure.Date));
        foreach (var group in figures)
        {
            foreach (var (path, soc, figure) in group)
            {
                foreach (var other in group.Where(o => o.Path != path && o.Figure.Value != figure.Value))
                {
                    yield return new Diagnostic(path, figure.At.Line, figure.At.Column, Severity.Warning,
                        $"'{figure.Figure}' is {figure.Value} here, but {other.Path}:{other.Figure.At.Line}:{other.Figure.At.Column} gives {other.Figure.Value} from the same source ({figure.Source}, {figure.Date ?? "no date"}) for the same occupation ({soc}): check both against the source");
                }
            }
        }
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

        var at = guide.Positions.GetValueOrDefault("facts.median_salary.amount", guide.PositionOf("facts.median_salary[1].amount"));
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
            if (FrontMatter.SourceDate.Span(date)?.First > today)
            {
                var at = guide.PositionOf($"sources[{i + 1}].date");
                diagnostics.Error(at.Line, at.Column, $"the date of source {i + 1} is in the future: {date}");
            }
        }
    }

    private static string Format(Money money) => $"{money.Amount.ToString("N0", CultureInfo.InvariantCulture)} {money.Currency}";
}
