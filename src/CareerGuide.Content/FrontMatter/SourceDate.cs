using System.Globalization;

namespace CareerGuide.Content.FrontMatter;

/// <summary>A source's date, to the month or to the day, as its publisher gives it.</summary>
public readonly record struct SourceDate(string Text)
{
    private static readonly string[] Formats = ["yyyy-MM", "yyyy-MM-dd"];

    public static bool TryParse(string text, out SourceDate date)
    {
        var ok = DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        date = ok ? new SourceDate(text) : default;
        return ok;
    }
}
