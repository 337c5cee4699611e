using CareerGuide.Content;
using CareerGuide.Content.FrontMatter;
using CareerGuide.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Formatting;

/// <summary>Whether a source's data is older than <c>Content:StaleAfterYears</c> today: the same rule as validation's warning.</summary>
public sealed class Freshness(TimeProvider time, IOptions<ContentOptions> options)
{
    public int StaleAfterYears => options.Value.StaleAfterYears;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public bool IsStale(SourceRef? source) => source is not null && SourceDate.IsStale(source.Date, Today, StaleAfterYears);

    /// <summary>The year a stale source's data is from, or null when it is fresh, undated or absent.</summary>
    public string? StaleYear(SourceRef? source) => IsStale(source) ? source!.Date![..4] : null;
}
