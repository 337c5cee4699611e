using System.Text.RegularExpressions;

namespace CareerGuide.Content.Values;

/// <summary>
/// A U.S. Standard Occupational Classification code (<c>15-1232</c>) or an O*NET-SOC code, which adds a two-digit
/// detail to it (<c>15-1232.00</c>). It ties a guide to the official data about its occupation.
/// </summary>
public static partial class OccupationCode
{
    public const string Expected = "an occupation code (write it as NN-NNNN or NN-NNNN.NN, such as 15-1232.00)";

    /// <summary>The form of a code, for validation attributes too.</summary>
    public const string Pattern = @"^\d{2}-\d{4}(\.\d{2})?$";

    [GeneratedRegex(Pattern)]
    private static partial Regex CodeForm();

    public static bool TryParse(string text, out string code)
    {
        code = text.Trim();
        return CodeForm().IsMatch(code);
    }

    /// <summary>The six-digit SOC code an O*NET-SOC code details: <c>15-1232</c> for <c>15-1232.00</c>.</summary>
    public static string Soc(string code) => code[..7];

    /// <summary>The code as O*NET OnLine addresses it, which always carries the detail: <c>15-1232</c> is <c>15-1232.00</c>.</summary>
    public static string OnetSoc(string code) => code.Length == 7 ? code + ".00" : code;
}
