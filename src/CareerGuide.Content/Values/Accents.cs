using System.Globalization;
using System.Text;

namespace CareerGuide.Content.Values;

/// <summary>Text without its accents ("Résumé" becomes "Resume"), for slugs and for matching words as search does.</summary>
public static class Accents
{
    /// <summary>The text decomposed (NFD) with its combining marks dropped.</summary>
    public static string Remove(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
