using System.Globalization;

namespace CareerGuide.Content.FrontMatter;

/// <summary>The date of a source's data, to the year, the month or the day, or the word <c>undated</c> when the source gives none.</summary>
public readonly record struct SourceDate(string Text)
{
    /// <summary>What an editor writes for a source that gives no date for its data.</summary>
    public const string Undated = "undated";

    public const string Expected = "a date of the data (write it as YYYY, YYYY-MM or YYYY-MM-DD, or 'undated' when the source gives none)";

    public static bool TryParse(string text, out SourceDate date)
    {
        var ok = text == Undated || Span(text) is not null;
        date = ok ? new SourceDate(text) : default;
        return ok;
    }

    /// <summary>The first and last day the date covers ("2023" is the whole year), or null for <c>undated</c> or no date.</summary>
    public static (DateOnly First, DateOnly Last)? Span(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 4 && TryExact(text + "-01-01", out var year))
        {
            return (year, year.AddYears(1).AddDays(-1));
        }

        if (text.Length == 7 && TryExact(text + "-01", out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        return text.Length == 10 && TryExact(text, out var day) ? (day, day) : null;
    }

    /// <summary>
    /// Whether data of this date is older than <paramref name="staleAfterYears"/> on <paramref name="today"/>: even the
    /// last day it covers is further back than that, so "2023" turns stale at the end of 2026, not at its start.
    /// </summary>
    public static bool IsStale(string? text, DateOnly today, int staleAfterYears) =>
        Span(text) is { } span && span.Last.AddYears(staleAfterYears) < today;

    private static bool TryExact(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
