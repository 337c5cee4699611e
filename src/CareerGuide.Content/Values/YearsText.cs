using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Values;

/// <summary>Reads spans of experience: <c>0-1 year</c>, <c>3–5 years</c>, <c>12+ years total, 5+ in management</c>.</summary>
public static partial class YearsText
{
    [GeneratedRegex(@"^(?<min>\d{1,2})\s*(?:(?:-|–|—|to)\s*(?<max>\d{1,2})|(?<open>\+))\s*years?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out YearsSpan years)
    {
        var trimmed = text?.Trim() ?? "";
        years = new YearsSpan(0, null, trimmed);
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var min = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        int? max = match.Groups["max"].Success ? int.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture) : null;
        if (max < min)
        {
            return false;
        }

        years = new YearsSpan(min, max, trimmed);
        return true;
    }
}
