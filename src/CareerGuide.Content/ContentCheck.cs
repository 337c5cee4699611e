namespace CareerGuide.Content;

/// <summary>
/// Checks a set of guide files the way the site will see them: each file parsed and checked on its own as it
/// is added, then all of them against each other. Only small references are kept, so it scales to thousands.
/// </summary>
/// <param name="today">The date that dates in the guides are checked against.</param>
/// <param name="published">The slugs the site has served, to flag one that no guide answers any more.</param>
/// <param name="staleAfterYears">How old a source's data may be before its figures are flagged (the site's <c>Content:StaleAfterYears</c>).</param>
public sealed class ContentCheck(DateOnly today, IEnumerable<PublishedSlug>? published = null, int staleAfterYears = Provenance.DefaultStaleAfterYears)
{
    private readonly List<GuideReferences> _checked = [];
    private readonly List<GuideIdentity> _known = [];

    /// <summary>Parses and checks one file, and keeps it for <see cref="CheckAcrossFiles"/>; the guide is null when it has errors.</summary>
    public GuideParseResult Add(string path, string text) => Include(path, Check(path, text));

    /// <summary>
    /// Parses and checks one file on its own, without keeping it. Safe to call from several threads at once,
    /// so that parsing, the bulk of the work, can use every core; <see cref="Include"/> then keeps the results in order.
    /// </summary>
    public GuideParseResult Check(string path, string text)
    {
        GuideParseResult result;
        try
        {
            result = GuideParser.Parse(path, text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug on one file must not stop the others from being checked or published.
            return new GuideParseResult(null, [new Diagnostic(path, 1, 1, Severity.Error, $"the guide could not be read ({e.GetType().Name}: {e.Message}); please report this file to the developers")]);
        }

        if (result.Guide is null)
        {
            return result;
        }

        var diagnostics = result.Diagnostics.Concat(GuideValidator.CheckGuide(path, result.Guide, today, staleAfterYears)).ToList();
        return diagnostics.Exists(d => d.Severity == Severity.Error)
            ? new GuideParseResult(null, diagnostics)
            : result with { Diagnostics = diagnostics };
    }

    /// <summary>Keeps a result of <see cref="Check"/> for <see cref="CheckAcrossFiles"/> when it holds a guide; returns it as it is.</summary>
    public GuideParseResult Include(string path, GuideParseResult result)
    {
        if (result.Guide is { } guide)
        {
            _checked.Add(GuideReferences.Of(path, guide));
        }

        return result;
    }

    /// <summary>A guide that is part of the site but was not re-read this time (its file has not changed).</summary>
    public void AddKnown(GuideIdentity identity) => _known.Add(identity);

    /// <summary>The problems between guides, for the files given to <see cref="Add"/> or <see cref="Include"/>, and slugs that no longer answer.</summary>
    public IReadOnlyList<Diagnostic> CheckAcrossFiles()
    {
        var site = new SiteIndex(_known.Concat(_checked.Select(c => c.Identity)), published);
        return
        [
            .. _checked.SelectMany(c => GuideValidator.CheckReferences(c, site)),
            .. GuideValidator.CheckRetiredSlugs(site),
            .. GuideValidator.CheckFiguresAcrossGuides(_checked),
        ];
    }
}
