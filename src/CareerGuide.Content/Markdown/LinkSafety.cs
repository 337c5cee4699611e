using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Markdown;

/// <summary>
/// Finds links whose scheme could run script (javascript:, data:, vbscript: ...). Markdig has already
/// decoded entities in the URL; stripping whitespace and control characters catches "java&#9;script:".
/// </summary>
public static partial class LinkSafety
{
    private static readonly HashSet<string> AllowedSchemes = ["http", "https", "mailto"];

    [GeneratedRegex(@"^(?<scheme>[a-z][a-z0-9+.\-]*):")]
    private static partial Regex SchemePattern();

    public static void Check(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            if (url is not null && !IsSafe(url))
            {
                diagnostics.Error(inline.Line + 1, inline.Column + 1, $"the link '{url}' uses a scheme that is not allowed: use http:, https:, mailto: or a relative link");
            }
        }
    }

    public static bool IsSafe(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var match = SchemePattern().Match(compact);
        return !match.Success || AllowedSchemes.Contains(match.Groups["scheme"].Value);
    }
}
