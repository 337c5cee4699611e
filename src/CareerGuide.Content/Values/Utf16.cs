using System.Text;

namespace CareerGuide.Content.Values;

public static class Utf16
{
    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD, as a UTF-8 decoder would have: text from elsewhere than a file
    /// can hold them, and .NET's Unicode normalization throws on them.
    /// </summary>
    public static string Repair(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }
}
