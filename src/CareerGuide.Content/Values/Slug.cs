using System.Text;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Values;

/// <summary>URL slugs and anchors: lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class Slug
{
    private const int MaxAnchorLength = 80;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string? slug) => slug is not null && ValidPattern().IsMatch(slug);

    /// <summary>Makes an anchor from heading text: accents dropped, everything else that is not a letter or digit becomes one hyphen.</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Accents.Remove(text))
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxAnchorLength ? slug : slug[..MaxAnchorLength].TrimEnd('-');
    }
}
