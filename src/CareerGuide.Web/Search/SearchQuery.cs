using CareerGuide.Content;
using CareerGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Search;

/// <summary>One search result: the role's card, and the passage that shows why it matched.</summary>
public sealed record SearchHit(string Slug, string Title, string Summary, string Category, Money? Median, string Snippet);

/// <summary>The filters a search can carry in its URL.</summary>
/// <param name="Category">Only roles in this category.</param>
/// <param name="MaxEducation">Only roles whose typical education is at most this level.</param>
/// <param name="MinSalary">Only roles whose median is at least this.</param>
/// <param name="Soc">An occupation code: a SOC code also finds the O*NET-SOC codes that detail it (15-1232 finds 15-1232.00).</param>
public sealed record SearchFilters(string? Category, int? MaxEducation, int? MinSalary, string? Soc = null);

/// <summary>
/// A search of published roles, for the search page and the API list: with words, the full-text index ranks them;
/// without, the filters alone list them by title.
/// </summary>
public sealed class SearchQuery(ISearchIndex index)
{
    /// <summary>How many published roles have all of <paramref name="words"/> and pass <paramref name="filters"/>.</summary>
    public Task<int> CountAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, CancellationToken cancellationToken) =>
        words.Count > 0 ? index.CountAsync(db, words, filters, cancellationToken) : Listed(db, filters).CountAsync(cancellationToken);

    /// <summary>The ids of the roles at <paramref name="offset"/>, up to <paramref name="count"/> of them: best first, or by title when no word is searched.</summary>
    public Task<List<int>> PageAsync(CareerGuideDbContext db, IReadOnlyList<string> words, SearchFilters filters, int offset, int count, CancellationToken cancellationToken) =>
        words.Count > 0
            ? index.RankAsync(db, words, filters, offset, count, cancellationToken)
            : Listed(db, filters).OrderBy(r => r.Title).Skip(offset).Take(count).Select(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The cards of <paramref name="roleIds"/>, in that order, each with a passage where <paramref name="words"/> appear.</summary>
    public async Task<List<SearchHit>> HitsAsync(CareerGuideDbContext db, IReadOnlyList<int> roleIds, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (roleIds.Count == 0)
        {
            return [];
        }

        var cards = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Slug, r.Title, r.Summary, r.Category, r.Facts.MedianAmount, r.Facts.MedianCurrency })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var texts = await index.SectionTextsAsync(db, roleIds, cancellationToken);
        return [.. roleIds.Where(cards.ContainsKey).Select(id => cards[id]).Select(c => new SearchHit(c.Slug, c.Title, c.Summary, c.Category, c.MedianAmount is { } median ? new Money(median, c.MedianCurrency!) : null,
            Snippets.Build(words, [c.Summary, .. texts[c.Id]])))];
    }

    private static IQueryable<Role> Listed(CareerGuideDbContext db, SearchFilters filters) =>
        db.Roles.AsNoTracking().Where(r => !r.IsDraft
            && (filters.Category == null || r.Category == filters.Category)
            && (filters.MaxEducation == null || r.Facts.EducationLevel <= filters.MaxEducation)
            && (filters.MinSalary == null || r.Facts.MedianAmount >= filters.MinSalary)
            && (filters.Soc == null || r.Facts.Soc == filters.Soc || r.Facts.Soc!.Substring(0, 7) == filters.Soc));
}
