using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Values;

/// <summary>Reads growth rates written as <c>5%</c>, <c>-2%</c> or <c>+3.5%</c>.</summary>
public static partial class PercentText
{
    [GeneratedRegex(@"^(?<number>[+-]?\d+(?:\.\d+)?)\s*%$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out decimal percent)
    {
        percent = 0;
        var match = Pattern().Match(text?.Trim() ?? "");
        return match.Success
            && decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent);
    }
}
