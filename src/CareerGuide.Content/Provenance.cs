using CareerGuide.Content.FrontMatter;

namespace CareerGuide.Content;

/// <summary>
/// The rules of provenance: every figure cites a listed source by id, each cited source dates its data (or says
/// <c>undated</c>), old data is flagged, and a source that no figure cites is flagged too. "Cited" means named by a
/// figure's <c>source:</c> or by a <c>Source:</c> line in the body; prose that mentions a source does not count.
/// </summary>
public static class Provenance
{
    /// <summary>How old data may be, in years, before it is flagged, unless the site configures otherwise.</summary>
    public const int DefaultStaleAfterYears = 3;

    /// <summary>
    /// Errors for figures that cite no source, or a source that is not listed (with the nearest id); the latter only
    /// when <paramref name="sourcesComplete"/>, since a broken <c>sources:</c> is already reported once.
    /// </summary>
    public static void CheckCitations(IReadOnlyList<Citation> citations, IReadOnlyList<SourceRef> sources, bool sourcesComplete, DiagnosticBag diagnostics)
    {
        var ids = sources.Select(s => s.Id).OfType<string>().ToList();
        foreach (var citation in citations)
        {
            var (line, column) = (citation.At.Line, citation.At.Column);
            if (citation.SourceId is null)
            {
                diagnostics.Error(line, column, $"{Named(citation)} names no source: {HowToCite(citation)}");
            }
            else if (sourcesComplete && !ids.Contains(citation.SourceId, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(citation.SourceId, ids) is { } closest
                    ? $"; did you mean '{closest}'?"
                    : ids.Count == 0 ? ": give the source an 'id:' in 'sources:'" : $": the ids are {string.Join(", ", ids.Select(id => $"'{id}'"))}";
                diagnostics.Error(line, column, $"{Named(citation)} cites the source '{citation.SourceId}', which is not in 'sources:'{hint}");
            }
        }
    }

    /// <summary>Warnings for listed sources: cited by nothing, cited but undated, or holding data older than <paramref name="staleAfterYears"/>.</summary>
    public static void CheckSources(RoleGuide guide, DateOnly today, int staleAfterYears, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < guide.Sources.Count; i++)
        {
            var source = guide.Sources[i];
            var at = guide.PositionOf($"sources[{i + 1}].name");
            var cited = guide.Citations.Where(c => source.Id is not null && c.SourceId == source.Id).Select(c => c.Figure).Distinct().ToList();
            if (cited.Count == 0)
            {
                var how = source.Id is null ? "give it an 'id:' and cite it with 'source: <id>'" : $"cite it with 'source: {source.Id}'";
                diagnostics.Warning(at.Line, at.Column, $"source {i + 1} ('{source.Name}') is cited by no figure: {how} (or a 'Source: {source.Id ?? "<id>"}' line), or remove it");
            }
            else if (source.Date is null)
            {
                diagnostics.Warning(at.Line, at.Column, $"source '{source.Id}' has no date: add 'date:' with the date of its data (YYYY, YYYY-MM or YYYY-MM-DD), or 'date: undated' when the source gives none");
            }
            else if (SourceDate.IsStale(source.Date, today, staleAfterYears))
            {
                var dateAt = guide.PositionOf($"sources[{i + 1}].date");
                diagnostics.Warning(dateAt.Line, dateAt.Column, $"source '{source.Id}' has data from {source.Date}, more than {staleAfterYears} years old: the page marks {string.Join(", ", cited)} as data from {source.Date[..4]}; look for newer figures");
            }
        }
    }

    /// <summary>A warning when the salary table's levels and the career path's steps are not the same names.</summary>
    public static void CheckLevelsMatchSteps(RoleGuide guide, DiagnosticBag diagnostics)
    {
        if (guide.SalaryLevels.Count == 0 || guide.CareerSteps.Count == 0)
        {
            return;
        }

        var levels = guide.SalaryLevels.Select(l => l.Level).ToList();
        var steps = guide.CareerSteps.Select(s => s.Title).ToList();
        var comparer = StringComparer.OrdinalIgnoreCase;
        List<string> mismatches =
        [
            .. levels.Where(level => !steps.Contains(level, comparer)).Select(level => $"'{level}' has no career step"),
            .. steps.Where(step => !levels.Contains(step, comparer)).Select(step => $"career step '{step}' has no salary row"),
        ];
        if (mismatches.Count > 0)
        {
            var at = guide.SalaryTableAt;
            diagnostics.Warning(at.Line, at.Column, $"the salary table's levels do not match the career path ({string.Join("; ", mismatches)}): name each level the same in both");
        }
    }

    /// <summary>The key facts with numbers, each with its cited source, for the check across guides of one occupation.</summary>
    public static IReadOnlyList<CitedFigure> NumericFigures(RoleGuide guide) =>
    [
        .. guide.Citations
            .Where(c => c.Figure is "facts.median_salary" or "facts.salary_range" or "facts.growth" or "facts.annual_openings")
            .Select(c => (Citation: c, Source: guide.Sources.FirstOrDefault(s => s.Id is not null && s.Id == c.SourceId)))
            .Where(pair => pair.Source is not null)
            .Select(pair => new CitedFigure(pair.Citation.Figure, pair.Citation.Value, pair.Source!.Quotes ?? pair.Source.Name, pair.Source.Date, pair.Citation.At)),
    ];

    private static string Named(Citation citation) => citation.Figure.StartsWith("facts.", StringComparison.Ordinal) ? $"'{citation.Figure}'" : citation.Figure;

    private static string HowToCite(Citation citation) => citation.Figure switch
    {
        "the salary table" => "add a line 'Source: <id>' under the table, with the id of one of the 'sources:'",
        "facts.education" or "facts.experience" => $"write it as '{citation.Figure[6..]}: {{value: ..., source: <id>}}' with the id of one of the 'sources:', or remove it",
        "facts.industries" => "write it as 'industries: {value: [...], source: <id>}' with the id of one of the 'sources:', or remove it",
        _ when citation.Figure.StartsWith("career step", StringComparison.Ordinal) =>
            "add a line 'Source: <id>' under its 'Experience:' line, or one under the '## Career path' heading for every step",
        _ => "add 'source: <id>' with the id of one of the 'sources:'",
    };
}

/// <summary>A figure with the primary source it comes from (the quoted one, when read through another page) and the date of its data.</summary>
public sealed record CitedFigure(string Figure, string Value, string Source, string? Date, SourcePosition At);
